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
              const old = H[(u_oh_acc14 + r | 0)];
              H[(u_oh_acc14 + r | 0)] = $bitsf32($fr($f32bits(old) + v11));
            }
            {
              const old = H[(u_oh_acc16 + r | 0)];
              H[(u_oh_acc16 + r | 0)] = $bitsf32($fr($f32bits(old) + v12));
            }
            {
              const add = (v9 ? (true ? 1 : 0) : (false ? 0 : 1));
              H[((v9 ? u_oh_acc22 : u_oh_acc25) + r | 0)] = (H[((v9 ? u_oh_acc22 : u_oh_acc25) + r | 0)] + add | 0);
            }
          }
        }
        H[((u_oh_slot_position + Math.imul(row, u_T) | 0) + tt | 0)] = word;
      }
    }
    H[(u_oh_count_position + g | 0)] = nk;
  }
  // reduce to group %28, %46 (batch partial), %71 (batch partial)
  const v13 = $fr(1);
  let acc28 = 0;
  let acc46 = 0;
  let acc71 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v14 = F_v4[row];
    const v15 = (v14 > 0);
    const v16 = (v15 ? v13 : 0);
    const v17 = F_v42[row];
    const v18 = $fr(v16 * v17);
    const v19 = (v17 > 0);
    const v20 = (v19 ? v18 : 0);
    const v21 = (!v15);
    const v22 = (v21 ? v13 : 0);
    const v23 = $fr(v22 * v17);
    const v24 = (v19 ? v23 : 0);
    acc28 = (acc28 + 1 | 0);
    acc46 = $fr(acc46 + v20);
    acc71 = $fr(acc71 + v24);
  }
  if ((lid === 0)) {
    F_v28[g] = $fr(acc28 >>> 0);
    F_v46_partial[g] = acc46;
    F_v71_partial[g] = acc71;
  }
  // reduce to group %49 (batch partial), %74 (batch partial)
  const v52 = ($fr(acc28 >>> 0) > 1);
  let acc49 = 0;
  let acc74 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v27 = F_v4[row];
    const v28 = (v27 > 0);
    const v30 = (v28 ? 1 : (-1));
    const v55 = (!v28);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v25 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v26 = $fr(v25);
        const v29 = (v28 ? v26 : 0);
        const v31 = F_entropy[(Math.imul(row, u_T) + t | 0)];
        const v32 = $fr(v31 + u_p_epsilon);
        const v33 = $fr(1 / v32);
        const v34 = (v28 ? v31 : v33);
        const sw35 = H[(u_oh_slot_position + (Math.imul(row, u_T) + t | 0) | 0)];
        const v36 = $f32bits(H[(u_oh_acc16 + ((sw35 !== (-1)) ? (sw35 & 2147483647) : 0) | 0)]);
        const v37 = ((sw35 !== (-1)) ? v36 : 0);
        const v38 = $f32bits(H[(u_oh_acc14 + ((sw35 !== (-1)) ? (sw35 & 2147483647) : 0) | 0)]);
        const v39 = ((sw35 !== (-1)) ? v38 : 0);
        const v40 = (v28 ? v39 : v37);
        const v41 = $fr(v40 + u_p_epsilon);
        const v42 = $fr(v34 / v41);
        const v43 = $fr(H[(u_oh_acc25 + ((sw35 !== (-1)) ? (sw35 & 2147483647) : 0) | 0)] >>> 0);
        const v44 = ((sw35 !== (-1)) ? v43 : 0);
        const v45 = $fr(H[(u_oh_acc22 + ((sw35 !== (-1)) ? (sw35 & 2147483647) : 0) | 0)] >>> 0);
        const v46 = ((sw35 !== (-1)) ? v45 : 0);
        const v47 = (v28 ? v46 : v44);
        const v48 = $fr(v42 * v47);
        const v49 = $fr(u_p_alpha2 * v48);
        const v50 = $fr(u_p_alpha1 + v49);
        const v51 = $fr(v30 * v50);
        const v53 = (v52 ? v51 : 0);
        const v54 = $fr(v29 * v53);
        const v56 = (v55 ? v26 : 0);
        const v57 = $fr(v56 * v53);
        F_v36[(Math.imul(row, u_T) + t | 0)] = v53;
        acc49 = $fr(acc49 + v54);
        acc74 = $fr(acc74 + v57);
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
  const v64 = $fr(acc_b49 / acc_b46);
  const v65 = (acc_b46 > 0);
  const v66 = (v65 ? v64 : 0);
  const v72 = $fr(acc_b74 / acc_b71);
  const v73 = (acc_b71 > 0);
  const v74 = (v73 ? v72 : 0);
  let acc56 = 0;
  let acc81 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v60 = F_v4[row];
    const v61 = (v60 > 0);
    const v70 = (!v61);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v58 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
        const v59 = $fr(v58);
        const v62 = (v61 ? v59 : 0);
        const v63 = F_v36[(Math.imul(row, u_T) + t | 0)];
        const v67 = $fr(v63 - v66);
        const v68 = $fr(v62 * v67);
        const v69 = $fr(v68 * v67);
        const v71 = (v70 ? v59 : 0);
        const v75 = $fr(v63 - v74);
        const v76 = $fr(v71 * v75);
        const v77 = $fr(v76 * v75);
        acc56 = $fr(acc56 + v69);
        acc81 = $fr(acc81 + v77);
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
  const v79 = $fr(acc_b49 / acc_b46);
  const v80 = (acc_b46 > 0);
  const v81 = (v80 ? v79 : 0);
  const v83 = $fr(acc_b46 - 1);
  const v84 = $fr(acc_b56 / v83);
  const v85 = (acc_b46 > 1);
  const v86 = (v85 ? v84 : 0);
  const v87 = $fr(v86 + 9.99999993922529e-9);
  const v88 = $fr(1 / Math.sqrt(v87));
  const v97 = $fr(acc_b74 / acc_b71);
  const v98 = (acc_b71 > 0);
  const v99 = (v98 ? v97 : 0);
  const v101 = $fr(acc_b71 - 1);
  const v102 = $fr(acc_b81 / v101);
  const v103 = (acc_b71 > 1);
  const v104 = (v103 ? v102 : 0);
  const v105 = $fr(v104 + 9.99999993922529e-9);
  const v106 = $fr(1 / Math.sqrt(v105));
  // outputs out_advantages
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v92 = F_v4[row];
    const v93 = (v92 > 0);
    const v108 = (!v93);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const v78 = F_v36[(Math.imul(row, u_T) + t | 0)];
      const v82 = $fr(v78 - v81);
      const v89 = $fr(v82 * v88);
      const v90 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v91 = $fr(v90);
      const v94 = (v93 ? v91 : 0);
      const v95 = (v94 > 0);
      const v96 = (v95 ? v89 : 0);
      const v100 = $fr(v78 - v99);
      const v107 = $fr(v100 * v106);
      const v109 = (v108 ? v91 : 0);
      const v110 = (v109 > 0);
      const v111 = (v110 ? v107 : 0);
      const v112 = $fr(v96 + v111);
      const v113 = $fr(v112 * v91);
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v113;
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