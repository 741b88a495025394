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
  const u_oh_table_position = u.oh_table_position;
  const u_oh_keys_position = u.oh_keys_position;
  const u_oh_acc23 = u.oh_acc23;
  const u_oh_acc24 = u.oh_acc24;
  const u_oh_slot_position = u.oh_slot_position;
  const u_oh_count_position = u.oh_count_position;
  const u_p_epsilon = u.p_epsilon;
  const u_p_handle_zero_tail = u.p_handle_zero_tail;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const F_token_level_rewards = $F_token_level_rewards;
  const I_response_mask = $I_response_mask;
  const F_out_returns = $F_out_returns;
  const I_kbase = $I_kbase;
  const I_vbase = $I_vbase;
  const H = $H;
  const F_old_log_probs = $F_old_log_probs;
  const F_sum_pi_squared = $F_sum_pi_squared;
  const F_rollout_is_weights = $F_rollout_is_weights;
  const F_v26 = $F_v26;
  const F_v27 = $F_v27;
  const F_v28 = $F_v28;
  const F_v44 = $F_v44;
  const F_v32 = $F_v32;
  const F_v40 = $F_v40;
  const F_out_advantages = $F_out_advantages;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // scan %8: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let x_0 = 0;
    let x_1 = 0;
    let x_2 = 0;
    let x_3 = 0;
    for (let s = 0; (s >>> 0 < u_T >>> 0); s = (s + 1 | 0)) {
      const t = ((u_T - 1 | 0) - s | 0);
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      const v1 = I_response_mask[(Math.imul(row0, u_T) + t | 0)];
      const v2 = $fr(v1);
      const v3 = $fr(v0 * v2);
      const v4 = 1;
      x_0 = $fr(v3 + $fr(v4 * x_0));
      F_out_returns[(Math.imul(row0, u_T) + t | 0)] = x_0;
      const v5 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      const v6 = I_response_mask[(Math.imul(row1, u_T) + t | 0)];
      const v7 = $fr(v6);
      const v8 = $fr(v5 * v7);
      const v9 = 1;
      x_1 = $fr(v8 + $fr(v9 * x_1));
      F_out_returns[(Math.imul(row1, u_T) + t | 0)] = x_1;
      const v10 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      const v11 = I_response_mask[(Math.imul(row2, u_T) + t | 0)];
      const v12 = $fr(v11);
      const v13 = $fr(v10 * v12);
      const v14 = 1;
      x_2 = $fr(v13 + $fr(v14 * x_2));
      F_out_returns[(Math.imul(row2, u_T) + t | 0)] = x_2;
      const v15 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      const v16 = I_response_mask[(Math.imul(row3, u_T) + t | 0)];
      const v17 = $fr(v16);
      const v18 = $fr(v15 * v17);
      const v19 = 1;
      x_3 = $fr(v18 + $fr(v19 * x_3));
      F_out_returns[(Math.imul(row3, u_T) + t | 0)] = x_3;
    }
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let x = 0;
    for (let s = 0; (s >>> 0 < u_T >>> 0); s = (s + 1 | 0)) {
      const t = ((u_T - 1 | 0) - s | 0);
      const v20 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      const v21 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v22 = $fr(v21);
      const v23 = $fr(v20 * v22);
      const v24 = 1;
      x = $fr(v23 + $fr(v24 * x));
      F_out_returns[(Math.imul(row, u_T) + t | 0)] = x;
    }
  }
  // key-build position: the group's rollouts in turn hash their valid tokens' keys; a key's first token in a rollout is marked
  {
    const blk19 = new Float32Array(256);
    // the group's slots: a power of two >= 1.5 x its possible keys (load <= 2/3), so probing masks, not divides
    const base = I_kbase[g];
    const cap = (I_kbase[(g + 1 | 0)] - base | 0);
    const lbase = I_vbase[g];
    let nk = 0;
    // a position is its own slot: the first T slots take every key
    let used = $umin(cap, u_T);
    // empty them first: one sequential pass brings the group's slots into the cache before the probes, which land anywhere in them
    for (let i = 0; (i >>> 0 < used >>> 0); i = (i + 1 | 0)) {
      H[((u_oh_table_position + base | 0) + i | 0)] = 0;
    }
    for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
      const row = I_members[(m0 + j | 0)];
      let x20 = 0;
      for (let tb = 0; (tb >>> 0 < u_T >>> 0); tb = (tb + 256 | 0)) {
        const te = $umin((tb + 256 | 0), u_T);
        for (let tt = tb; (tt >>> 0 < te >>> 0); tt = (tt + 1 | 0)) {
          const t = tt;
          const v25 = F_old_log_probs[(Math.imul(row, u_T) + t | 0)];
          const v26 = $fr(Math.exp(v25));
          const v27 = $fr(2 * v26);
          const v28 = $fr(1 - v27);
          const v29 = F_sum_pi_squared[(Math.imul(row, u_T) + t | 0)];
          const v30 = $fr(v28 + v29);
          const v31 = F_rollout_is_weights[(Math.imul(row, u_T) + t | 0)];
          const v32 = $fr(Math.pow(v31, 2));
          const v33 = $fr(v30 * v32);
          const v34 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
          const v35 = $fr(v34);
          const v36 = $fr(v33 * v35);
          blk19[(tt - tb | 0)] = v36;
        }
        for (let tt = tb; (tt >>> 0 < te >>> 0); tt = (tt + 1 | 0)) {
          const t = tt;
          const v37 = 1;
          x20 = $fr(blk19[(tt - tb | 0)] + $fr(v37 * x20));
          let word = (-1);
          if ((I_response_mask[(Math.imul(row, u_T) + tt | 0)] !== 0)) {
            const key = t;
            if ((key >= 0)) {
              const kk = (key + 1 | 0);
              let h = key;
              let r = 0;
              for (;;) {
                // a slot holds its key's row + 1 (4 bytes: half the cache lines of a (key, row) pair); 0 is empty
                const e = (u_oh_table_position + (base + h | 0) | 0);
                const cur = H[e];
                if ((cur === 0)) {
                  // a new key takes the group's next row, its values their starting ones
                  r = (lbase + nk | 0);
                  nk = (nk + 1 | 0);
                  H[e] = (r + 1 | 0);
                  H[(u_oh_keys_position + r | 0)] = kk;
                  H[(u_oh_acc23 + r | 0)] = 0;
                  H[(u_oh_acc24 + r | 0)] = 0;
                  break;
                }
                if ((H[((u_oh_keys_position + cur | 0) - 1 | 0)] === kk)) {
                  r = (cur - 1 | 0);
                  break;
                }
                h = ((h + 1 | 0) & (used - 1 | 0));
              }
              word = r;
              const v38 = F_out_returns[(Math.imul(row, u_T) + t | 0)];
              const v39 = $fr(v38 * x20);
              {
                const old = H[(u_oh_acc23 + r | 0)];
                H[(u_oh_acc23 + r | 0)] = $bitsf32($fr($f32bits(old) + v39));
              }
              {
                const old = H[(u_oh_acc24 + r | 0)];
                H[(u_oh_acc24 + r | 0)] = $bitsf32($fr($f32bits(old) + x20));
              }
            }
          }
          H[((u_oh_slot_position + Math.imul(row, u_T) | 0) + tt | 0)] = word;
        }
      }
    }
    H[(u_oh_count_position + g | 0)] = nk;
  }
  // key-map %26: once per distinct key of the group
  const nkeys26 = H[(u_oh_count_position + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys26 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v40 = $f32bits(H[(u_oh_acc23 + slot | 0)]);
    const v41 = $f32bits(H[(u_oh_acc24 + slot | 0)]);
    const v42 = $fr(v41 + u_p_epsilon);
    F_v26[slot] = $fr(v40 / v42);
  }
  // reduce to rollout %27: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc27_0 = 0;
    let acc27_1 = 0;
    let acc27_2 = 0;
    let acc27_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const valid_0 = (I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0);
      acc27_0 = (acc27_0 + (valid_0 ? 1 : 0) | 0);
      const valid_1 = (I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0);
      acc27_1 = (acc27_1 + (valid_1 ? 1 : 0) | 0);
      const valid_2 = (I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0);
      acc27_2 = (acc27_2 + (valid_2 ? 1 : 0) | 0);
      const valid_3 = (I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0);
      acc27_3 = (acc27_3 + (valid_3 ? 1 : 0) | 0);
    }
    F_v27[row0] = $fr(acc27_0 >>> 0);
    F_v27[row1] = $fr(acc27_1 >>> 0);
    F_v27[row2] = $fr(acc27_2 >>> 0);
    F_v27[row3] = $fr(acc27_3 >>> 0);
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc27 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const valid = (I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0);
      acc27 = (acc27 + (valid ? 1 : 0) | 0);
    }
    F_v27[row] = $fr(acc27 >>> 0);
  }
  // reduce to group %28, %44
  let acc28 = (-Infinity);
  let acc44 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v43 = F_v27[row];
    acc28 = Math.max(acc28, v43);
    acc44 = (acc44 + 1 | 0);
  }
  if ((lid === 0)) {
    F_v28[g] = acc28;
    F_v44[g] = $fr(acc44 >>> 0);
  }
  // reduce to group %32, %40
  let acc32 = 0;
  let acc40 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v44 = F_v27[row];
    const v45 = (v44 === acc28);
    const v46 = (v45 ? 1 : 0);
    const v47 = (v45 ? (-3.0000000054977558e+38) : v44);
    acc32 = $fr(acc32 + v46);
    acc40 = Math.max(acc40, v47);
  }
  if ((lid === 0)) {
    F_v32[g] = acc32;
    F_v40[g] = acc40;
  }
  const v52 = ($fr(acc44 >>> 0) > 1);
  const v55 = (acc32 === 1);
  const v59 = (acc32 > 1);
  const v60 = (v59 ? acc28 : acc40);
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v53 = F_v27[row];
    const v54 = (v53 === acc28);
    const v56 = (v54 && v55);
    const v57 = ((u_p_handle_zero_tail !== 0) && v56);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v48 = F_out_returns[(Math.imul(row, u_T) + t | 0)];
      const sw49 = H[(u_oh_slot_position + (Math.imul(row, u_T) + t | 0) | 0)];
      const v50 = F_v26[((sw49 !== (-1)) ? (sw49 & 2147483647) : 0)];
      const v51 = ((sw49 !== (-1)) ? v50 : 0);
      const v58 = $fr(t);
      const v61 = (v58 >= v60);
      const v62 = (v57 && v61);
      const v63 = (!v62);
      const v64 = (v52 && v63);
      const v65 = (v64 ? v51 : 0);
      const v66 = $fr(v48 - v65);
      const v67 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v68 = $fr(v67);
      const v69 = $fr(v66 * v68);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v69;
    }
  }
}
let u, $H, $F_token_level_rewards, $F_out_returns, $F_old_log_probs, $F_sum_pi_squared, $F_rollout_is_weights, $F_v26, $F_v27, $F_v28, $F_v44, $F_v32, $F_v40, $F_out_advantages, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_out_returns = f["out_returns"];
  $F_old_log_probs = f["old_log_probs"];
  $F_sum_pi_squared = f["sum_pi_squared"];
  $F_rollout_is_weights = f["rollout_is_weights"];
  $F_v26 = f["v26"];
  $F_v27 = f["v27"];
  $F_v28 = f["v28"];
  $F_v44 = f["v44"];
  $F_v32 = f["v32"];
  $F_v40 = f["v40"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
  $I_kbase = i["kbase"];
  $I_vbase = i["vbase"];
}
return { bind, stage0 };