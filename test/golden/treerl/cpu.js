"use strict";
const $cell = new ArrayBuffer(4), $f = new Float32Array($cell), $w = new Int32Array($cell);
const $fr = Math.fround;
function $f32bits(x) { $w[0] = x; return $f[0]; }
function $bitsf32(x) { $f[0] = x; return $w[0]; }
// WGSL: an integer divided by 0 is the dividend, and its remainder 0 (so is i32 min / -1 and its remainder)
function $udiv(a, b) { return b === 0 ? a : ((a >>> 0) / (b >>> 0)) | 0; }
function $umod(a, b) { return b === 0 ? 0 : ((a >>> 0) % (b >>> 0)) | 0; }
function $umin(a, b) { return (a >>> 0) < (b >>> 0) ? a : b; }
function $umax(a, b) { return (a >>> 0) > (b >>> 0) ? a : b; }
function $idiv(a, b) { return b === 0 || (a === -2147483648 && b === -1) ? a : (a / b) | 0; }
function $imod(a, b) { return b === 0 || (a === -2147483648 && b === -1) ? 0 : (a % b) | 0; }
// WGSL: float to integer truncates toward zero, saturating; NaN gives 0
function $u32f(x) { return x > 0 ? (x < 4294967296 ? (x >>> 0) | 0 : -1) : 0; }
function $i32f(x) { return x >= 2147483647 ? 2147483647 : x <= -2147483648 ? -2147483648 : x | 0; }
// WGSL's round: halves to even
function $round(x) { const r = Math.round(x); return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r; }

const WG = 1;
const LANES = 1;
function stage0(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const u_oh_table_node = u.oh_table_node;
  const u_oh_keys_node = u.oh_keys_node;
  const u_oh_seen_node = u.oh_seen_node;
  const u_oh_acc21 = u.oh_acc21;
  const u_oh_acc23 = u.oh_acc23;
  const u_oh_slot_node = u.oh_slot_node;
  const u_oh_count_node = u.oh_count_node;
  const u_p_epsilon = u.p_epsilon;
  const u_p_grpo_weight = u.p_grpo_weight;
  const u_p_reweight = u.p_reweight;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const F_token_level_rewards = $F_token_level_rewards;
  const F_v4 = $F_v4;
  const I_kbase = $I_kbase;
  const I_vbase = $I_vbase;
  const H = $H;
  const I_responses = $I_responses;
  const I_response_mask = $I_response_mask;
  const F_v24 = $F_v24;
  const F_v31 = $F_v31;
  const F_v32 = $F_v32;
  const F_v52 = $F_v52;
  const F_v34 = $F_v34;
  const F_v40 = $F_v40;
  const F_v59 = $F_v59;
  const F_out_advantages = $F_out_advantages;
  const F_out_node_values = $F_out_node_values;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %4: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc4_0 = 0;
    let acc4_1 = 0;
    let acc4_2 = 0;
    let acc4_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc4_0 = $fr(acc4_0 + v0);
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc4_1 = $fr(acc4_1 + v1);
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc4_2 = $fr(acc4_2 + v2);
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc4_3 = $fr(acc4_3 + v3);
    }
    F_v4[row0] = acc4_0;
    F_v4[row1] = acc4_1;
    F_v4[row2] = acc4_2;
    F_v4[row3] = acc4_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc4 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc4 = $fr(acc4 + v4);
    }
    F_v4[row] = acc4;
  }
  // key-build node: the group's rollouts in turn hash their valid tokens' keys; a key's first token in a rollout is marked
  {
    // the group's slots: a power of two >= 1.5 x its possible keys (load <= 2/3), so probing masks, not divides
    const base = I_kbase[g];
    const cap = (I_kbase[(g + 1 | 0)] - base | 0);
    const lbase = I_vbase[g];
    let nk = 0;
    // half the slots to start with (a key for every other token at a load of 2/3, more than text has): growing from a few rehashes the keys several times
    let used = $umax($umin(cap, 1024), (cap >>> 1 | 0));
    // empty them first: one sequential pass brings the group's slots into the cache before the probes, which land anywhere in them
    for (let i = 0; (i >>> 0 < used >>> 0); i = (i + 1 | 0)) {
      H[((u_oh_table_node + base | 0) + i | 0)] = 0;
    }
    for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
      const row = I_members[(m0 + j | 0)];
      const v12 = F_v4[row];
      let want = used;
      for (;;) {
        if (((want >>> 0 >= cap >>> 0) || (Math.imul((nk + u_T | 0), 3) >>> 0 <= Math.imul(want, 2) >>> 0))) {
          break;
        }
        want = Math.imul(want, 2);
      }
      if ((want !== used)) {
        for (let i = 0; (i >>> 0 < want >>> 0); i = (i + 1 | 0)) {
          H[((u_oh_table_node + base | 0) + i | 0)] = 0;
        }
        used = want;
        for (let i = 0; (i >>> 0 < nk >>> 0); i = (i + 1 | 0)) {
          let x2 = (H[((u_oh_keys_node + lbase | 0) + i | 0)] - 1 | 0);
          x2 = Math.imul((x2 ^ (x2 >>> 16 | 0)), 2146121005);
          x2 = Math.imul((x2 ^ (x2 >>> 15 | 0)), (-2073254261));
          let h2 = ((x2 ^ (x2 >>> 16 | 0)) & (used - 1 | 0));
          for (;;) {
            if ((H[(u_oh_table_node + (base + h2 | 0) | 0)] === 0)) {
              break;
            }
            h2 = ((h2 + 1 | 0) & (used - 1 | 0));
          }
          H[(u_oh_table_node + (base + h2 | 0) | 0)] = ((lbase + i | 0) + 1 | 0);
        }
      }
      let x10 = 0;
      for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
        const t = tt;
        const v5 = I_responses[(Math.imul(row, u_T) + t | 0)];
        const v6 = (v5 + 1 | 0);
        const v7 = 1000003;
        x10 = (v6 + Math.imul(v7, x10) | 0);
        let word = (-1);
        if ((I_response_mask[(Math.imul(row, u_T) + tt | 0)] !== 0)) {
          const v8 = $imod(x10, 2147483647);
          const v9 = (v8 + 2147483647 | 0);
          const v10 = (v8 < 0);
          const v11 = (v10 ? v9 : v8);
          const key = v11;
          if ((key >= 0)) {
            const kk = (key + 1 | 0);
            let x = key;
            x = Math.imul((x ^ (x >>> 16 | 0)), 2146121005);
            x = Math.imul((x ^ (x >>> 15 | 0)), (-2073254261));
            let h = ((x ^ (x >>> 16 | 0)) & (used - 1 | 0));
            let r = 0;
            for (;;) {
              // a slot holds its key's row + 1 (4 bytes: half the cache lines of a (key, row) pair); 0 is empty
              const e = (u_oh_table_node + (base + h | 0) | 0);
              const cur = H[e];
              if ((cur === 0)) {
                // a new key takes the group's next row, its values their starting ones
                r = (lbase + nk | 0);
                nk = (nk + 1 | 0);
                H[e] = (r + 1 | 0);
                H[(u_oh_keys_node + r | 0)] = kk;
                H[(u_oh_seen_node + r | 0)] = 0;
                H[(u_oh_acc21 + r | 0)] = 0;
                H[(u_oh_acc23 + r | 0)] = 0;
                break;
              }
              if ((H[((u_oh_keys_node + cur | 0) - 1 | 0)] === kk)) {
                r = (cur - 1 | 0);
                break;
              }
              h = ((h + 1 | 0) & (used - 1 | 0));
            }
            // rollouts are visited in turn, so the last one that had the key tells a first occurrence
            const first = (H[(u_oh_seen_node + r | 0)] !== (j + 1 | 0));
            // stored whether or not it changes: a store every lane makes is cheaper than a branch per lane
            H[(u_oh_seen_node + r | 0)] = (j + 1 | 0);
            word = (r | (first ? (-2147483648) : 0));
            const v13 = (first ? v12 : 0);
            {
              const old = H[(u_oh_acc23 + r | 0)];
              H[(u_oh_acc23 + r | 0)] = $bitsf32($fr($f32bits(old) + v13));
            }
            {
              const add = (first ? 1 : 0);
              H[(u_oh_acc21 + r | 0)] = (H[(u_oh_acc21 + r | 0)] + add | 0);
            }
          }
        }
        H[((u_oh_slot_node + Math.imul(row, u_T) | 0) + tt | 0)] = word;
      }
    }
    H[(u_oh_count_node + g | 0)] = nk;
  }
  // key-map %24: once per distinct key of the group
  const nkeys24 = H[(u_oh_count_node + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys24 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v14 = $f32bits(H[(u_oh_acc23 + slot | 0)]);
    const v15 = $fr(H[(u_oh_acc21 + slot | 0)] >>> 0);
    F_v24[slot] = $fr(v14 / v15);
  }
  // reduce to group %31, %32, %52
  let acc31 = 0;
  let acc32 = Infinity;
  let acc52 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v16 = F_v4[row];
    acc31 = (acc31 + 1 | 0);
    acc32 = Math.min(acc32, v16);
    acc52 = Math.max(acc52, v16);
  }
  if ((lid === 0)) {
    F_v31[g] = $fr(acc31 >>> 0);
    F_v32[g] = acc32;
    F_v52[g] = acc52;
  }
  // reduce to group %34
  let acc34 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v17 = F_v4[row];
    const v18 = $fr(v17 - acc32);
    acc34 = $fr(acc34 + v18);
  }
  if ((lid === 0)) {
    F_v34[g] = acc34;
  }
  const v20 = $fr(acc34 / $fr(acc31 >>> 0));
  const v21 = $fr(acc32 + v20);
  // key-map %40: once per distinct key of the group
  const nkeys40 = H[(u_oh_count_node + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys40 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v19 = F_v24[slot];
    F_v40[slot] = $fr(v19 - v21);
  }
  // reduce to group %59
  const v24 = $fr(acc52 - acc32);
  const v25 = (v24 > 0);
  const v26 = (v25 ? v24 : 1);
  let acc59 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v22 = F_v4[row];
    const v23 = $fr(v22 - v21);
    const v27 = $fr(v23 / v26);
    const v28 = $fr(v27 * v27);
    acc59 = $fr(acc59 + v28);
  }
  if ((lid === 0)) {
    F_v59[g] = acc59;
  }
  const v57 = ($fr(acc31 >>> 0) > 1);
  const v58 = (v57 ? v21 : 0);
  const v60 = $fr($fr(acc31 >>> 0) - 1);
  const v61 = $fr(acc59 / v60);
  const v62 = $fr(Math.sqrt(v61));
  const v63 = $fr(v62 * v26);
  const v64 = (v57 ? v63 : 1);
  const v65 = $fr(v64 + u_p_epsilon);
  // outputs out_advantages, out_node_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v56 = F_v4[row];
    const v59 = $fr(v56 - v58);
    const v66 = $fr(v59 / v65);
    const v67 = (v59 === 0);
    const v68 = (v67 ? 0 : v66);
    const v69 = $fr(u_p_grpo_weight * v68);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw29 = H[(u_oh_slot_node + (Math.imul(row, u_T) + t | 0) | 0)];
      const v30 = F_v40[((sw29 !== (-1)) ? (sw29 & 2147483647) : 0)];
      const v31 = ((sw29 !== (-1)) ? v30 : 0);
      const v32 = F_v24[((sw29 !== (-1)) ? (sw29 & 2147483647) : 0)];
      const v33 = ((sw29 !== (-1)) ? v32 : 0);
      const sw34 = H[(u_oh_slot_node + (Math.imul(row, u_T) + Math.min(Math.max((t + (-1) | 0), 0), (u_T - 1 | 0)) | 0) | 0)];
      const v35 = F_v24[((sw34 !== (-1)) ? (sw34 & 2147483647) : 0)];
      const v36 = ((sw34 !== (-1)) ? v35 : 0);
      const v37 = v36;
      const v38 = ((((t + (-1) | 0) >= 0) && ((t + (-1) | 0) < u_T)) ? v37 : 0);
      const v39 = (t === 0);
      const v40 = I_response_mask[(Math.imul(row, u_T) + Math.min(Math.max((t + (-1) | 0), 0), (u_T - 1 | 0)) | 0)];
      const v41 = ((((t + (-1) | 0) >= 0) && ((t + (-1) | 0) < u_T)) ? v40 : 0);
      const v42 = (v41 === 0);
      const v43 = (v39 || v42);
      const v44 = (v43 ? v21 : v38);
      const v45 = $fr(v33 - v44);
      const v46 = $fr(v31 + v45);
      const v47 = $fr(H[(u_oh_acc21 + ((sw29 !== (-1)) ? (sw29 & 2147483647) : 0) | 0)] >>> 0);
      const v48 = ((sw29 !== (-1)) ? v47 : 0);
      const v49 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v50 = (1 - v49 | 0);
      const v51 = $fr(v50);
      const v52 = Math.max(v48, v51);
      const v53 = $fr(Math.sqrt(v52));
      const v54 = $fr(v46 / v53);
      const v55 = ((u_p_reweight !== 0) ? v54 : v46);
      const v70 = $fr(v55 + v69);
      const v71 = $fr(v49);
      const v72 = $fr(v70 * v71);
      const v73 = v33;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v72;
      F_out_node_values[(Math.imul(row, u_T) + t | 0)] = v73;
    }
  }
}
let u, $H, $F_token_level_rewards, $F_v4, $F_v24, $F_v31, $F_v32, $F_v52, $F_v34, $F_v40, $F_v59, $F_out_advantages, $F_out_node_values, $I_starts, $I_members, $I_kbase, $I_vbase, $I_responses, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v4 = f["v4"];
  $F_v24 = f["v24"];
  $F_v31 = f["v31"];
  $F_v32 = f["v32"];
  $F_v52 = f["v52"];
  $F_v34 = f["v34"];
  $F_v40 = f["v40"];
  $F_v59 = f["v59"];
  $F_out_advantages = f["out_advantages"];
  $F_out_node_values = f["out_node_values"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_kbase = i["kbase"];
  $I_vbase = i["vbase"];
  $I_responses = i["responses"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0 };