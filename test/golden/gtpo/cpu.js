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
  const u_oh_seen_position = u.oh_seen_position;
  const u_oh_acc14 = u.oh_acc14;
  const u_oh_acc16 = u.oh_acc16;
  const u_oh_acc22 = u.oh_acc22;
  const u_oh_acc25 = u.oh_acc25;
  const u_oh_keys_position = u.oh_keys_position;
  const u_p_epsilon = u.p_epsilon;
  const u_oh_slot_position = u.oh_slot_position;
  const u_oh_count_position = u.oh_count_position;
  const u_p_alpha2 = u.p_alpha2;
  const u_p_alpha1 = u.p_alpha1;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const F_token_level_rewards = $F_token_level_rewards;
  const F_v4 = $F_v4;
  const I_kbase = $I_kbase;
  const I_vbase = $I_vbase;
  const H = $H;
  const I_response_mask = $I_response_mask;
  const F_entropy = $F_entropy;
  const F_v28 = $F_v28;
  const F_v39_partial = $F_v39_partial;
  const F_v61_partial = $F_v61_partial;
  const F_v42_partial = $F_v42_partial;
  const F_v64_partial = $F_v64_partial;
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
  // key-build position: the group's rollouts in turn hash their valid tokens' keys; a key's first token in a rollout is marked
  {
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
    const rows = (I_vbase[(g + 1 | 0)] - lbase | 0);
    let zeroed = 0;
    {
      const upto = $umin(rows, used);
      for (let i = zeroed; (i >>> 0 < upto >>> 0); i = (i + 1 | 0)) {
        H[((u_oh_seen_position + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc14 + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc16 + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc22 + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc25 + lbase | 0) + i | 0)] = 0;
      }
      zeroed = upto;
    }
    for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
      const row = I_members[(m0 + j | 0)];
      const v8 = F_v4[row];
      const v9 = (v8 > 0);
      for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
        const t = tt;
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
                // a new key takes the group's next row (its zero-based values were zeroed when the table started or grew)
                r = (lbase + nk | 0);
                nk = (nk + 1 | 0);
                H[e] = (r + 1 | 0);
                H[(u_oh_keys_position + r | 0)] = kk;
                break;
              }
              if ((H[((u_oh_keys_position + cur | 0) - 1 | 0)] === kk)) {
                r = (cur - 1 | 0);
                break;
              }
              h = ((h + 1 | 0) & (used - 1 | 0));
            }
            // rollouts are visited in turn, so the last one that had the key tells a first occurrence
            const first = (H[(u_oh_seen_position + r | 0)] !== (j + 1 | 0));
            // stored whether or not it changes: a store every lane makes is cheaper than a branch per lane
            H[(u_oh_seen_position + r | 0)] = (j + 1 | 0);
            word = (r | (first ? (-2147483648) : 0));
            const v5 = F_entropy[(Math.imul(row, u_T) + t | 0)];
            const v6 = $fr(v5 + u_p_epsilon);
            const v7 = $fr(1 / v6);
            const v10 = (v9 ? v5 : v7);
            const v11 = (v9 ? v10 : 0);
            const v12 = (v9 ? 0 : v10);
            {
              const old = H[(u_oh_acc14 + (word & 2147483647) | 0)];
              H[(u_oh_acc14 + (word & 2147483647) | 0)] = $bitsf32($fr($f32bits(old) + v11));
            }
            {
              const old = H[(u_oh_acc16 + (word & 2147483647) | 0)];
              H[(u_oh_acc16 + (word & 2147483647) | 0)] = $bitsf32($fr($f32bits(old) + v12));
            }
            {
              const a13 = (v9 ? 1 : 0);
              const a14 = (v9 ? 0 : 1);
              const add = (a13 + a14 | 0);
              if ((add !== 0)) {
                H[(((a13 !== 0) ? u_oh_acc22 : u_oh_acc25) + (word & 2147483647) | 0)] = (H[(((a13 !== 0) ? u_oh_acc22 : u_oh_acc25) + (word & 2147483647) | 0)] + add | 0);
              }
            }
          }
        }
        H[((u_oh_slot_position + Math.imul(row, u_T) | 0) + tt | 0)] = word;
      }
    }
    H[(u_oh_count_position + g | 0)] = nk;
  }
  // reduce to group %28
  let acc28 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    acc28 = $fr(acc28 + 1);
  }
  if ((lid === 0)) {
    F_v28[g] = acc28;
  }
  // reduce to group %39 (batch partial), %61 (batch partial), %42 (batch partial), %64 (batch partial)
  const v44 = (acc28 > 1);
  let acc39 = 0;
  let acc61 = 0;
  let acc42 = 0;
  let acc64 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v17 = F_v4[row];
    const v18 = (v17 > 0);
    const v20 = (!v18);
    const v22 = (v18 ? 1 : (-1));
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v15 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v16 = $fr(v15);
        const v19 = (v18 ? v16 : 0);
        const v21 = (v20 ? v16 : 0);
        const v23 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        const v24 = $fr(v23 + u_p_epsilon);
        const v25 = $fr(1 / v24);
        const v26 = (v18 ? v23 : v25);
        const sw27 = H[(u_oh_slot_position + (Math.imul(row, u_T) + t | 0) | 0)];
        const v28 = $f32bits(H[(u_oh_acc16 + ((sw27 !== (-1)) ? (sw27 & 2147483647) : 0) | 0)]);
        const v29 = ((sw27 !== (-1)) ? v28 : 0);
        const v30 = $f32bits(H[(u_oh_acc14 + ((sw27 !== (-1)) ? (sw27 & 2147483647) : 0) | 0)]);
        const v31 = ((sw27 !== (-1)) ? v30 : 0);
        const v32 = (v18 ? v31 : v29);
        const v33 = $fr(v32 + u_p_epsilon);
        const v34 = $fr(v26 / v33);
        const v35 = $fr(H[(u_oh_acc25 + ((sw27 !== (-1)) ? (sw27 & 2147483647) : 0) | 0)] >>> 0);
        const v36 = ((sw27 !== (-1)) ? v35 : 0);
        const v37 = $fr(H[(u_oh_acc22 + ((sw27 !== (-1)) ? (sw27 & 2147483647) : 0) | 0)] >>> 0);
        const v38 = ((sw27 !== (-1)) ? v37 : 0);
        const v39 = (v18 ? v38 : v36);
        const v40 = $fr(v34 * v39);
        const v41 = $fr(u_p_alpha2 * v40);
        const v42 = $fr(u_p_alpha1 + v41);
        const v43 = $fr(v22 * v42);
        const v45 = (v44 ? v43 : 0);
        const v46 = $fr(v19 * v45);
        const v47 = $fr(v21 * v45);
        acc39 = $fr(acc39 + v19);
        acc61 = $fr(acc61 + v21);
        acc42 = $fr(acc42 + v46);
        acc64 = $fr(acc64 + v47);
      }
    }
  }
  if ((lid === 0)) {
    F_v39_partial[g] = acc39;
    F_v61_partial[g] = acc61;
    F_v42_partial[g] = acc42;
    F_v64_partial[g] = acc64;
  }
}
function stage1(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const u_p_epsilon = u.p_epsilon;
  const u_oh_slot_position = u.oh_slot_position;
  const u_oh_acc16 = u.oh_acc16;
  const u_oh_acc14 = u.oh_acc14;
  const u_oh_acc25 = u.oh_acc25;
  const u_oh_acc22 = u.oh_acc22;
  const u_p_alpha2 = u.p_alpha2;
  const u_p_alpha1 = u.p_alpha1;
  const I_starts = $I_starts;
  const F_v39_partial = $F_v39_partial;
  const F_v42_partial = $F_v42_partial;
  const F_v61_partial = $F_v61_partial;
  const F_v64_partial = $F_v64_partial;
  const F_v28 = $F_v28;
  const I_members = $I_members;
  const F_v4 = $F_v4;
  const I_response_mask = $I_response_mask;
  const F_entropy = $F_entropy;
  const H = $H;
  const F_v49_partial = $F_v49_partial;
  const F_v71_partial = $F_v71_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %39, %42, %61, %64: combine every group's partial
  let acc_b39 = 0;
  let acc_b42 = 0;
  let acc_b61 = 0;
  let acc_b64 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b39 = $fr(acc_b39 + F_v39_partial[i]);
    acc_b42 = $fr(acc_b42 + F_v42_partial[i]);
    acc_b61 = $fr(acc_b61 + F_v61_partial[i]);
    acc_b64 = $fr(acc_b64 + F_v64_partial[i]);
  }
  // reduce to group %49 (batch partial), %71 (batch partial)
  const v75 = F_v28[g];
  const v76 = (v75 > 1);
  const v78 = $fr(acc_b42 / acc_b39);
  const v79 = (acc_b39 > 0);
  const v80 = (v79 ? v78 : 0);
  const v86 = $fr(acc_b64 / acc_b61);
  const v87 = (acc_b61 > 0);
  const v88 = (v87 ? v86 : 0);
  let acc49 = 0;
  let acc71 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v50 = F_v4[row];
    const v51 = (v50 > 0);
    const v53 = (v51 ? 1 : (-1));
    const v84 = (!v51);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v48 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v49 = $fr(v48);
        const v52 = (v51 ? v49 : 0);
        const v54 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        const v55 = $fr(v54 + u_p_epsilon);
        const v56 = $fr(1 / v55);
        const v57 = (v51 ? v54 : v56);
        const sw58 = H[(u_oh_slot_position + (Math.imul(row, u_T) + t | 0) | 0)];
        const v59 = $f32bits(H[(u_oh_acc16 + ((sw58 !== (-1)) ? (sw58 & 2147483647) : 0) | 0)]);
        const v60 = ((sw58 !== (-1)) ? v59 : 0);
        const v61 = $f32bits(H[(u_oh_acc14 + ((sw58 !== (-1)) ? (sw58 & 2147483647) : 0) | 0)]);
        const v62 = ((sw58 !== (-1)) ? v61 : 0);
        const v63 = (v51 ? v62 : v60);
        const v64 = $fr(v63 + u_p_epsilon);
        const v65 = $fr(v57 / v64);
        const v66 = $fr(H[(u_oh_acc25 + ((sw58 !== (-1)) ? (sw58 & 2147483647) : 0) | 0)] >>> 0);
        const v67 = ((sw58 !== (-1)) ? v66 : 0);
        const v68 = $fr(H[(u_oh_acc22 + ((sw58 !== (-1)) ? (sw58 & 2147483647) : 0) | 0)] >>> 0);
        const v69 = ((sw58 !== (-1)) ? v68 : 0);
        const v70 = (v51 ? v69 : v67);
        const v71 = $fr(v65 * v70);
        const v72 = $fr(u_p_alpha2 * v71);
        const v73 = $fr(u_p_alpha1 + v72);
        const v74 = $fr(v53 * v73);
        const v77 = (v76 ? v74 : 0);
        const v81 = $fr(v77 - v80);
        const v82 = $fr(v52 * v81);
        const v83 = $fr(v82 * v81);
        const v85 = (v84 ? v49 : 0);
        const v89 = $fr(v77 - v88);
        const v90 = $fr(v85 * v89);
        const v91 = $fr(v90 * v89);
        acc49 = $fr(acc49 + v83);
        acc71 = $fr(acc71 + v91);
      }
    }
  }
  if ((lid === 0)) {
    F_v49_partial[g] = acc49;
    F_v71_partial[g] = acc71;
  }
}
function stage2(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const u_p_epsilon = u.p_epsilon;
  const u_oh_slot_position = u.oh_slot_position;
  const u_oh_acc16 = u.oh_acc16;
  const u_oh_acc14 = u.oh_acc14;
  const u_oh_acc25 = u.oh_acc25;
  const u_oh_acc22 = u.oh_acc22;
  const u_p_alpha2 = u.p_alpha2;
  const u_p_alpha1 = u.p_alpha1;
  const I_starts = $I_starts;
  const F_v39_partial = $F_v39_partial;
  const F_v42_partial = $F_v42_partial;
  const F_v49_partial = $F_v49_partial;
  const F_v61_partial = $F_v61_partial;
  const F_v64_partial = $F_v64_partial;
  const F_v71_partial = $F_v71_partial;
  const F_v28 = $F_v28;
  const I_members = $I_members;
  const F_v4 = $F_v4;
  const F_entropy = $F_entropy;
  const H = $H;
  const I_response_mask = $I_response_mask;
  const F_out_advantages = $F_out_advantages;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %39, %42, %49, %61, %64, %71: combine every group's partial
  let acc_b39 = 0;
  let acc_b42 = 0;
  let acc_b49 = 0;
  let acc_b61 = 0;
  let acc_b64 = 0;
  let acc_b71 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b39 = $fr(acc_b39 + F_v39_partial[i]);
    acc_b42 = $fr(acc_b42 + F_v42_partial[i]);
    acc_b49 = $fr(acc_b49 + F_v49_partial[i]);
    acc_b61 = $fr(acc_b61 + F_v61_partial[i]);
    acc_b64 = $fr(acc_b64 + F_v64_partial[i]);
    acc_b71 = $fr(acc_b71 + F_v71_partial[i]);
  }
  const v116 = F_v28[g];
  const v117 = (v116 > 1);
  const v119 = $fr(acc_b42 / acc_b39);
  const v120 = (acc_b39 > 0);
  const v121 = (v120 ? v119 : 0);
  const v123 = $fr(acc_b39 - 1);
  const v124 = $fr(acc_b49 / v123);
  const v125 = (acc_b39 > 1);
  const v126 = (v125 ? v124 : 0);
  const v127 = $fr(v126 + 9.99999993922529e-9);
  const v128 = $fr(1 / Math.sqrt(v127));
  const v135 = $fr(acc_b64 / acc_b61);
  const v136 = (acc_b61 > 0);
  const v137 = (v136 ? v135 : 0);
  const v139 = $fr(acc_b61 - 1);
  const v140 = $fr(acc_b71 / v139);
  const v141 = (acc_b61 > 1);
  const v142 = (v141 ? v140 : 0);
  const v143 = $fr(v142 + 9.99999993922529e-9);
  const v144 = $fr(1 / Math.sqrt(v143));
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v92 = F_v4[row];
    const v93 = (v92 > 0);
    const v94 = (v93 ? 1 : (-1));
    const v146 = (!v93);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v95 = F_entropy[(Math.imul(row, u_T) + t | 0)];
      const v96 = $fr(v95 + u_p_epsilon);
      const v97 = $fr(1 / v96);
      const v98 = (v93 ? v95 : v97);
      const sw99 = H[(u_oh_slot_position + (Math.imul(row, u_T) + t | 0) | 0)];
      const v100 = $f32bits(H[(u_oh_acc16 + ((sw99 !== (-1)) ? (sw99 & 2147483647) : 0) | 0)]);
      const v101 = ((sw99 !== (-1)) ? v100 : 0);
      const v102 = $f32bits(H[(u_oh_acc14 + ((sw99 !== (-1)) ? (sw99 & 2147483647) : 0) | 0)]);
      const v103 = ((sw99 !== (-1)) ? v102 : 0);
      const v104 = (v93 ? v103 : v101);
      const v105 = $fr(v104 + u_p_epsilon);
      const v106 = $fr(v98 / v105);
      const v107 = $fr(H[(u_oh_acc25 + ((sw99 !== (-1)) ? (sw99 & 2147483647) : 0) | 0)] >>> 0);
      const v108 = ((sw99 !== (-1)) ? v107 : 0);
      const v109 = $fr(H[(u_oh_acc22 + ((sw99 !== (-1)) ? (sw99 & 2147483647) : 0) | 0)] >>> 0);
      const v110 = ((sw99 !== (-1)) ? v109 : 0);
      const v111 = (v93 ? v110 : v108);
      const v112 = $fr(v106 * v111);
      const v113 = $fr(u_p_alpha2 * v112);
      const v114 = $fr(u_p_alpha1 + v113);
      const v115 = $fr(v94 * v114);
      const v118 = (v117 ? v115 : 0);
      const v122 = $fr(v118 - v121);
      const v129 = $fr(v122 * v128);
      const v130 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v131 = $fr(v130);
      const v132 = (v93 ? v131 : 0);
      const v133 = (v132 > 0);
      const v134 = (v133 ? v129 : 0);
      const v138 = $fr(v118 - v137);
      const v145 = $fr(v138 * v144);
      const v147 = (v146 ? v131 : 0);
      const v148 = (v147 > 0);
      const v149 = (v148 ? v145 : 0);
      const v150 = $fr(v134 + v149);
      const v151 = $fr(v150 * v131);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v151;
    }
  }
}
let u, $H, $F_token_level_rewards, $F_v4, $F_entropy, $F_v28, $F_v39_partial, $F_v61_partial, $F_v42_partial, $F_v64_partial, $F_v49_partial, $F_v71_partial, $F_out_advantages, $I_starts, $I_members, $I_kbase, $I_vbase, $I_response_mask;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v4 = f["v4"];
  $F_entropy = f["entropy"];
  $F_v28 = f["v28"];
  $F_v39_partial = f["v39_partial"];
  $F_v61_partial = f["v61_partial"];
  $F_v42_partial = f["v42_partial"];
  $F_v64_partial = f["v64_partial"];
  $F_v49_partial = f["v49_partial"];
  $F_v71_partial = f["v71_partial"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_kbase = i["kbase"];
  $I_vbase = i["vbase"];
  $I_response_mask = i["response_mask"];
}
return { bind, stage0, stage1, stage2 };