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
  const u_oh_acc14 = u.oh_acc14;
  const u_oh_acc16 = u.oh_acc16;
  const u_oh_acc22 = u.oh_acc22;
  const u_oh_acc25 = u.oh_acc25;
  const u_p_epsilon = u.p_epsilon;
  const u_oh_slot_position = u.oh_slot_position;
  const u_oh_count_position = u.oh_count_position;
  const u_p_alpha2 = u.p_alpha2;
  const u_p_alpha1 = u.p_alpha1;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const F_token_level_rewards = $F_token_level_rewards;
  const I_response_mask = $I_response_mask;
  const F_v4 = $F_v4;
  const F_v42 = $F_v42;
  const I_kbase = $I_kbase;
  const I_vbase = $I_vbase;
  const H = $H;
  const F_entropy = $F_entropy;
  const F_v28 = $F_v28;
  const F_v46_partial = $F_v46_partial;
  const F_v71_partial = $F_v71_partial;
  const F_v36 = $F_v36;
  const F_v49_partial = $F_v49_partial;
  const F_v74_partial = $F_v74_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %4, %42: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc4_0 = 0;
    let acc42_0 = 0;
    let acc4_1 = 0;
    let acc42_1 = 0;
    let acc4_2 = 0;
    let acc42_2 = 0;
    let acc4_3 = 0;
    let acc42_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc4_0 = $fr(acc4_0 + v0);
      const valid_0 = (I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0);
      acc42_0 = (acc42_0 + (valid_0 ? 1 : 0) | 0);
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc4_1 = $fr(acc4_1 + v1);
      const valid_1 = (I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0);
      acc42_1 = (acc42_1 + (valid_1 ? 1 : 0) | 0);
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc4_2 = $fr(acc4_2 + v2);
      const valid_2 = (I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0);
      acc42_2 = (acc42_2 + (valid_2 ? 1 : 0) | 0);
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc4_3 = $fr(acc4_3 + v3);
      const valid_3 = (I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0);
      acc42_3 = (acc42_3 + (valid_3 ? 1 : 0) | 0);
    }
    F_v4[row0] = acc4_0;
    F_v42[row0] = $fr(acc42_0 >>> 0);
    F_v4[row1] = acc4_1;
    F_v42[row1] = $fr(acc42_1 >>> 0);
    F_v4[row2] = acc4_2;
    F_v42[row2] = $fr(acc42_2 >>> 0);
    F_v4[row3] = acc4_3;
    F_v42[row3] = $fr(acc42_3 >>> 0);
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc4 = 0;
    let acc42 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc4 = $fr(acc4 + v4);
      const valid = (I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0);
      acc42 = (acc42 + (valid ? 1 : 0) | 0);
    }
    F_v4[row] = acc4;
    F_v42[row] = $fr(acc42 >>> 0);
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
                // a new key takes the group's next row, its values their starting ones
                r = (lbase + nk | 0);
                nk = (nk + 1 | 0);
                H[e] = (r + 1 | 0);
                H[(u_oh_keys_position + r | 0)] = kk;
                H[(u_oh_acc14 + r | 0)] = 0;
                H[(u_oh_acc16 + r | 0)] = 0;
                H[(u_oh_acc22 + r | 0)] = 0;
                H[(u_oh_acc25 + r | 0)] = 0;
                break;
              }
              if ((H[((u_oh_keys_position + cur | 0) - 1 | 0)] === kk)) {
                r = (cur - 1 | 0);
                break;
              }
              h = ((h + 1 | 0) & (used - 1 | 0));
            }
            word = r;
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
              H[((v9 ? u_oh_acc22 : u_oh_acc25) + (word & 2147483647) | 0)] = (H[((v9 ? u_oh_acc22 : u_oh_acc25) + (word & 2147483647) | 0)] + add | 0);
            }
          }
        }
        H[((u_oh_slot_position + Math.imul(row, u_T) | 0) + tt | 0)] = word;
      }
    }
    H[(u_oh_count_position + g | 0)] = nk;
  }
  // reduce to group %28, %46 (batch partial), %71 (batch partial)
  const v15 = $fr(1);
  let acc28 = 0;
  let acc46 = 0;
  let acc71 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v16 = F_v4[row];
    const v17 = (v16 > 0);
    const v18 = (v17 ? v15 : 0);
    const v19 = F_v42[row];
    const v20 = $fr(v18 * v19);
    const v21 = (v19 > 0);
    const v22 = (v21 ? v20 : 0);
    const v23 = (!v17);
    const v24 = (v23 ? v15 : 0);
    const v25 = $fr(v24 * v19);
    const v26 = (v21 ? v25 : 0);
    acc28 = (acc28 + 1 | 0);
    acc46 = $fr(acc46 + v22);
    acc71 = $fr(acc71 + v26);
  }
  if ((lid === 0)) {
    F_v28[g] = $fr(acc28 >>> 0);
    F_v46_partial[g] = acc46;
    F_v71_partial[g] = acc71;
  }
  // reduce to group %49 (batch partial), %74 (batch partial)
  const v54 = ($fr(acc28 >>> 0) > 1);
  let acc49 = 0;
  let acc74 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v29 = F_v4[row];
    const v30 = (v29 > 0);
    const v32 = (v30 ? 1 : (-1));
    const v57 = (!v30);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v27 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v28 = $fr(v27);
        const v31 = (v30 ? v28 : 0);
        const v33 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        const v34 = $fr(v33 + u_p_epsilon);
        const v35 = $fr(1 / v34);
        const v36 = (v30 ? v33 : v35);
        const sw37 = H[(u_oh_slot_position + (Math.imul(row, u_T) + t | 0) | 0)];
        const v38 = $f32bits(H[(u_oh_acc16 + ((sw37 !== (-1)) ? (sw37 & 2147483647) : 0) | 0)]);
        const v39 = ((sw37 !== (-1)) ? v38 : 0);
        const v40 = $f32bits(H[(u_oh_acc14 + ((sw37 !== (-1)) ? (sw37 & 2147483647) : 0) | 0)]);
        const v41 = ((sw37 !== (-1)) ? v40 : 0);
        const v42 = (v30 ? v41 : v39);
        const v43 = $fr(v42 + u_p_epsilon);
        const v44 = $fr(v36 / v43);
        const v45 = $fr(H[(u_oh_acc25 + ((sw37 !== (-1)) ? (sw37 & 2147483647) : 0) | 0)] >>> 0);
        const v46 = ((sw37 !== (-1)) ? v45 : 0);
        const v47 = $fr(H[(u_oh_acc22 + ((sw37 !== (-1)) ? (sw37 & 2147483647) : 0) | 0)] >>> 0);
        const v48 = ((sw37 !== (-1)) ? v47 : 0);
        const v49 = (v30 ? v48 : v46);
        const v50 = $fr(v44 * v49);
        const v51 = $fr(u_p_alpha2 * v50);
        const v52 = $fr(u_p_alpha1 + v51);
        const v53 = $fr(v32 * v52);
        const v55 = (v54 ? v53 : 0);
        const v56 = $fr(v31 * v55);
        const v58 = (v57 ? v28 : 0);
        const v59 = $fr(v58 * v55);
        F_v36[(Math.imul(row, u_T) + t | 0)] = v55;
        acc49 = $fr(acc49 + v56);
        acc74 = $fr(acc74 + v59);
      }
    }
  }
  if ((lid === 0)) {
    F_v49_partial[g] = acc49;
    F_v74_partial[g] = acc74;
  }
}
function stage1(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v46_partial = $F_v46_partial;
  const F_v49_partial = $F_v49_partial;
  const F_v71_partial = $F_v71_partial;
  const F_v74_partial = $F_v74_partial;
  const I_members = $I_members;
  const F_v4 = $F_v4;
  const I_response_mask = $I_response_mask;
  const F_v36 = $F_v36;
  const F_v56_partial = $F_v56_partial;
  const F_v81_partial = $F_v81_partial;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %46, %49, %71, %74: combine every group's partial
  let acc_b46 = 0;
  let acc_b49 = 0;
  let acc_b71 = 0;
  let acc_b74 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b46 = $fr(acc_b46 + F_v46_partial[i]);
    acc_b49 = $fr(acc_b49 + F_v49_partial[i]);
    acc_b71 = $fr(acc_b71 + F_v71_partial[i]);
    acc_b74 = $fr(acc_b74 + F_v74_partial[i]);
  }
  // reduce to group %56 (batch partial), %81 (batch partial)
  const v66 = $fr(acc_b49 / acc_b46);
  const v67 = (acc_b46 > 0);
  const v68 = (v67 ? v66 : 0);
  const v74 = $fr(acc_b74 / acc_b71);
  const v75 = (acc_b71 > 0);
  const v76 = (v75 ? v74 : 0);
  let acc56 = 0;
  let acc81 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v62 = F_v4[row];
    const v63 = (v62 > 0);
    const v72 = (!v63);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v60 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v61 = $fr(v60);
        const v64 = (v63 ? v61 : 0);
        const v65 = F_v36[(Math.imul(row, u_T) + t | 0)];
        const v69 = $fr(v65 - v68);
        const v70 = $fr(v64 * v69);
        const v71 = $fr(v70 * v69);
        const v73 = (v72 ? v61 : 0);
        const v77 = $fr(v65 - v76);
        const v78 = $fr(v73 * v77);
        const v79 = $fr(v78 * v77);
        acc56 = $fr(acc56 + v71);
        acc81 = $fr(acc81 + v79);
      }
    }
  }
  if ((lid === 0)) {
    F_v56_partial[g] = acc56;
    F_v81_partial[g] = acc81;
  }
}
function stage2(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const I_starts = $I_starts;
  const F_v46_partial = $F_v46_partial;
  const F_v49_partial = $F_v49_partial;
  const F_v56_partial = $F_v56_partial;
  const F_v71_partial = $F_v71_partial;
  const F_v74_partial = $F_v74_partial;
  const F_v81_partial = $F_v81_partial;
  const I_members = $I_members;
  const F_v4 = $F_v4;
  const F_v36 = $F_v36;
  const I_response_mask = $I_response_mask;
  const F_out_advantages = $F_out_advantages;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // batch values %46, %49, %56, %71, %74, %81: combine every group's partial
  let acc_b46 = 0;
  let acc_b49 = 0;
  let acc_b56 = 0;
  let acc_b71 = 0;
  let acc_b74 = 0;
  let acc_b81 = 0;
  for (let i = lid; (i >>> 0 < u_G >>> 0); i = (i + WG | 0)) {
    acc_b46 = $fr(acc_b46 + F_v46_partial[i]);
    acc_b49 = $fr(acc_b49 + F_v49_partial[i]);
    acc_b56 = $fr(acc_b56 + F_v56_partial[i]);
    acc_b71 = $fr(acc_b71 + F_v71_partial[i]);
    acc_b74 = $fr(acc_b74 + F_v74_partial[i]);
    acc_b81 = $fr(acc_b81 + F_v81_partial[i]);
  }
  const v81 = $fr(acc_b49 / acc_b46);
  const v82 = (acc_b46 > 0);
  const v83 = (v82 ? v81 : 0);
  const v85 = $fr(acc_b46 - 1);
  const v86 = $fr(acc_b56 / v85);
  const v87 = (acc_b46 > 1);
  const v88 = (v87 ? v86 : 0);
  const v89 = $fr(v88 + 9.99999993922529e-9);
  const v90 = $fr(1 / Math.sqrt(v89));
  const v99 = $fr(acc_b74 / acc_b71);
  const v100 = (acc_b71 > 0);
  const v101 = (v100 ? v99 : 0);
  const v103 = $fr(acc_b71 - 1);
  const v104 = $fr(acc_b81 / v103);
  const v105 = (acc_b71 > 1);
  const v106 = (v105 ? v104 : 0);
  const v107 = $fr(v106 + 9.99999993922529e-9);
  const v108 = $fr(1 / Math.sqrt(v107));
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v94 = F_v4[row];
    const v95 = (v94 > 0);
    const v110 = (!v95);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v80 = F_v36[(Math.imul(row, u_T) + t | 0)];
      const v84 = $fr(v80 - v83);
      const v91 = $fr(v84 * v90);
      const v92 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v93 = $fr(v92);
      const v96 = (v95 ? v93 : 0);
      const v97 = (v96 > 0);
      const v98 = (v97 ? v91 : 0);
      const v102 = $fr(v80 - v101);
      const v109 = $fr(v102 * v108);
      const v111 = (v110 ? v93 : 0);
      const v112 = (v111 > 0);
      const v113 = (v112 ? v109 : 0);
      const v114 = $fr(v98 + v113);
      const v115 = $fr(v114 * v93);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v115;
    }
  }
}
let u, $H, $F_token_level_rewards, $F_v4, $F_v42, $F_entropy, $F_v28, $F_v46_partial, $F_v71_partial, $F_v36, $F_v49_partial, $F_v74_partial, $F_v56_partial, $F_v81_partial, $F_out_advantages, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v4 = f["v4"];
  $F_v42 = f["v42"];
  $F_entropy = f["entropy"];
  $F_v28 = f["v28"];
  $F_v46_partial = f["v46_partial"];
  $F_v71_partial = f["v71_partial"];
  $F_v36 = f["v36"];
  $F_v49_partial = f["v49_partial"];
  $F_v74_partial = f["v74_partial"];
  $F_v56_partial = f["v56_partial"];
  $F_v81_partial = f["v81_partial"];
  $F_out_advantages = f["out_advantages"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
  $I_kbase = i["kbase"];
  $I_vbase = i["vbase"];
}
return { bind, stage0, stage1, stage2 };