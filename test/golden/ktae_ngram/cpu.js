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
// log(k!) for k = 0..129, correctly rounded: counts (Fisher's test) hit this table exactly
const ADV_LOG_FACTORIAL = new Float32Array([0, 0, 0.6931471824645996, 1.7917594909667969, 3.178053855895996, 4.787491798400879, 6.579251289367676, 8.525161743164062, 10.604602813720703, 12.801827430725098, 15.104413032531738, 17.502307891845703, 19.987215042114258, 22.55216407775879, 25.191221237182617, 27.89927101135254, 30.671859741210938, 33.50507354736328, 36.39544677734375, 39.33988571166992, 42.33561706542969, 45.3801383972168, 48.4711799621582, 51.60667419433594, 54.78472900390625, 58.003604888916016, 61.26170349121094, 64.55754089355469, 67.88973999023438, 71.25704193115234, 74.65823364257812, 78.09222412109375, 81.5579605102539, 85.0544662475586, 88.58082580566406, 92.13617706298828, 95.71969604492188, 99.33061218261719, 102.96820068359375, 106.63175964355469, 110.32064056396484, 114.03421020507812, 117.77188110351562, 121.5330810546875, 125.31726837158203, 129.12393188476562, 132.95257568359375, 136.80271911621094, 140.67391967773438, 144.5657501220703, 148.47776794433594, 152.4095916748047, 156.36083984375, 160.3311309814453, 164.3201141357422, 168.3274383544922, 172.35279846191406, 176.39584350585938, 180.456298828125, 184.53382873535156, 188.628173828125, 192.73904418945312, 196.86618041992188, 201.0093231201172, 205.16819763183594, 209.34259033203125, 213.53224182128906, 217.7369384765625, 221.95643615722656, 226.1905517578125, 230.4390411376953, 234.70172119140625, 238.9783935546875, 243.2688446044922, 247.57290649414062, 251.89039611816406, 256.22113037109375, 260.56494140625, 264.9216613769531, 269.2911071777344, 273.6731262207031, 278.06756591796875, 282.47430419921875, 286.89312744140625, 291.3239440917969, 295.7666015625, 300.220947265625, 304.6868591308594, 309.1641845703125, 313.65283203125, 318.15264892578125, 322.66351318359375, 327.185302734375, 331.7178955078125, 336.26116943359375, 340.8150634765625, 345.37939453125, 349.9541320800781, 354.5390930175781, 359.13421630859375, 363.7393798828125, 368.3544921875, 372.9794616699219, 377.61419677734375, 382.2585754394531, 386.91253662109375, 391.57598876953125, 396.2488098144531, 400.9309387207031, 405.6222839355469, 410.3227844238281, 415.0323181152344, 419.75079345703125, 424.4781799316406, 429.2143859863281, 433.9593200683594, 438.7129211425781, 443.47509765625, 448.2457580566406, 453.02490234375, 457.8123779296875, 462.6081848144531, 467.4122009277344, 472.2243957519531, 477.044677734375, 481.87298583984375, 486.7092590332031, 491.5534362792969, 496.4054870605469, 501.2652893066406]);
function adv_lgamma(x) {
  if ((((x >= 1) && (x <= 130)) && (x === Math.floor(x)))) {
    return ADV_LOG_FACTORIAL[((x > 0 ? (x < 4294967296 ? x >>> 0 | 0 : -1) : 0) - 1 | 0)];
  }
  const n = Math.floor(x);
  const t = $fr(x - n);
  const p = $fr(t * $fr($fr($fr($fr($fr($fr($fr($fr($fr($fr($fr($fr($fr($fr($fr($fr((-0.0000405404825869482) * t) + 0.0002771274885162711) * t) - 0.0010005071526393294) * t) + 0.002789982594549656) * t) - 0.007353370077908039) * t) + 0.020574888214468956) * t) - 0.06735175102949142) * t) + 0.32246699929237366) * t) + 0.42278432846069336));
  let up = 1;
  for (let j = 2; (j < 8); j = $fr(j + 1)) {
    up = $fr(up * ((j < n) ? $fr(j + t) : 1));
  }
  const down = ((n < 2) ? ((n < 1) ? $fr(t * $fr(1 + t)) : $fr(1 + t)) : 1);
  const small = $fr(p + $fr(Math.log($fr(up / down))));
  const ix = $fr(1 / x);
  const ix2 = $fr(ix * ix);
  const series = $fr(ix * $fr(0.0833333358168602 - $fr(ix2 * $fr(0.0027777778450399637 - $fr(ix2 * $fr(0.0007936508045531809 - $fr(ix2 * 0.0005952381179668009)))))));
  const large = $fr($fr($fr($fr($fr(x - 0.5) * $fr(Math.log(x))) - x) + 0.9189385175704956) + series);
  return ((x > 0) ? ((x < 8) ? small : large) : Infinity);
}
function adv_asin(x0) {
  const a = Math.min(Math.abs(x0), 1);
  const big = (a > 0.5);
  const s = (big ? $fr(Math.sqrt($fr($fr(1 - a) * 0.5))) : a);
  const z = $fr(s * s);
  const r = $fr(s + $fr($fr(s * z) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z) + 0.02672567404806614) * z) + 0.0449705570936203) * z) + 0.07499051839113235) * z) + 0.16666670143604279)));
  const v = (big ? $fr(1.5707963705062866 - $fr(2 * r)) : r);
  return ((x0 < 0) ? (-v) : v);
}
function stage0(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const u_p_n = u.p_n;
  const u_oh_table_tok = u.oh_table_tok;
  const u_oh_keys_tok = u.oh_keys_tok;
  const u_oh_seen_tok = u.oh_seen_tok;
  const u_oh_acc53 = u.oh_acc53;
  const u_oh_acc57 = u.oh_acc57;
  const u_oh_acc59 = u.oh_acc59;
  const u_oh_acc77 = u.oh_acc77;
  const u_oh_slot_tok = u.oh_slot_tok;
  const u_oh_count_tok = u.oh_count_tok;
  const u_p_alpha = u.p_alpha;
  const u_p_beta = u.p_beta;
  const u_N = u.N;
  const u_p_bm25_k1 = u.p_bm25_k1;
  const u_p_bm25_b = u.p_bm25_b;
  const u_p_gamma = u.p_gamma;
  const u_p_zero_token_id = u.p_zero_token_id;
  const u_p_top = u.p_top;
  const u_p_epsilon = u.p_epsilon;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const F_token_level_rewards = $F_token_level_rewards;
  const F_v10 = $F_v10;
  const F_v41 = $F_v41;
  const F_v42 = $F_v42;
  const F_v263 = $F_v263;
  const F_v270 = $F_v270;
  const I_response_mask = $I_response_mask;
  const F_v45 = $F_v45;
  const F_v47 = $F_v47;
  const F_v49 = $F_v49;
  const F_v265 = $F_v265;
  const I_kbase = $I_kbase;
  const I_vbase = $I_vbase;
  const I_korder = $I_korder;
  const I_responses = $I_responses;
  const H = $H;
  const F_table226 = $F_table226;
  const F_table238 = $F_table238;
  const F_v260 = $F_v260;
  const F_v277 = $F_v277;
  const F_out_advantages = $F_out_advantages;
  const F_out_key_values = $F_out_key_values;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %10: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc10_0 = 0;
    let acc10_1 = 0;
    let acc10_2 = 0;
    let acc10_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc10_0 = $fr(acc10_0 + v0);
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc10_1 = $fr(acc10_1 + v1);
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc10_2 = $fr(acc10_2 + v2);
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc10_3 = $fr(acc10_3 + v3);
    }
    F_v10[row0] = acc10_0;
    F_v10[row1] = acc10_1;
    F_v10[row2] = acc10_2;
    F_v10[row3] = acc10_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc10 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc10 = $fr(acc10 + v4);
    }
    F_v10[row] = acc10;
  }
  // reduce to group %41, %42, %263, %270
  let acc41 = 0;
  let acc42 = 0;
  let acc263 = Infinity;
  let acc270 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v10[row];
    const v6 = (v5 > 0);
    const v7 = (v6 ? 1 : 0);
    acc41 = $fr(acc41 + v7);
    acc42 = $fr(acc42 + 1);
    acc263 = Math.min(acc263, v5);
    acc270 = Math.max(acc270, v5);
  }
  if ((lid === 0)) {
    F_v41[g] = acc41;
    F_v42[g] = acc42;
    F_v263[g] = acc263;
    F_v270[g] = acc270;
  }
  // reduce to rollout %45: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc45_0 = 0;
    let acc45_1 = 0;
    let acc45_2 = 0;
    let acc45_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        acc45_0 = $fr(acc45_0 + 1);
      }
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        acc45_1 = $fr(acc45_1 + 1);
      }
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        acc45_2 = $fr(acc45_2 + 1);
      }
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        acc45_3 = $fr(acc45_3 + 1);
      }
    }
    F_v45[row0] = acc45_0;
    F_v45[row1] = acc45_1;
    F_v45[row2] = acc45_2;
    F_v45[row3] = acc45_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc45 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        acc45 = $fr(acc45 + 1);
      }
    }
    F_v45[row] = acc45;
  }
  // reduce to group %47, %49, %265
  let acc47 = 0;
  let acc49 = 0;
  let acc265 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v8 = F_v45[row];
    const v9 = F_v10[row];
    const v10 = (v9 > 0);
    const v11 = (v10 ? v8 : 0);
    const v12 = (v10 ? 0 : v8);
    const v13 = $fr(v9 - acc263);
    acc47 = $fr(acc47 + v11);
    acc49 = $fr(acc49 + v12);
    acc265 = $fr(acc265 + v13);
  }
  if ((lid === 0)) {
    F_v47[g] = acc47;
    F_v49[g] = acc49;
    F_v265[g] = acc265;
  }
  const v30 = (u_p_n === 3);
  const v32 = (u_p_n === 2);
  const v34 = (u_p_n <= 1);
  // key-build tok: the group's rollouts in turn hash their valid tokens' keys; a key's first token in a rollout is marked
  {
    // the group's slots: a power of two >= 1.5 x its possible keys (load <= 2/3), so probing masks, not divides
    const base = I_kbase[g];
    const cap = (I_kbase[(g + 1 | 0)] - base | 0);
    const lbase = I_vbase[g];
    let nk = 0;
    let used = $umin(cap, 1024);
    for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
      // longest rows first: the lanes' rows end together
      const row = I_korder[(m0 + j | 0)];
      const v38 = F_v10[row];
      const v39 = (v38 > 0);
      const v40 = (v39 ? 1 : 0);
      const v43 = (!v39);
      const v44 = (v43 ? 1 : 0);
      const v47 = (v39 ? 0 : 1);
      for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
        const t = tt;
        let word = (-1);
        if ((I_response_mask[(Math.imul(row, u_T) + tt | 0)] !== 0)) {
          const v14 = I_responses[(Math.imul(row, u_T) + Math.min(Math.max((t + (-3) | 0), 0), (u_T - 1 | 0)) | 0)];
          const v15 = ((((t + (-3) | 0) >= 0) && ((t + (-3) | 0) < u_T)) ? v14 : 0);
          const v16 = Math.imul(v15, 1000003);
          const v17 = Math.imul(v16, 1000003);
          const v18 = Math.imul(v17, 1000003);
          const v19 = I_responses[(Math.imul(row, u_T) + Math.min(Math.max((t + (-2) | 0), 0), (u_T - 1 | 0)) | 0)];
          const v20 = ((((t + (-2) | 0) >= 0) && ((t + (-2) | 0) < u_T)) ? v19 : 0);
          const v21 = Math.imul(v20, 1000003);
          const v22 = Math.imul(v21, 1000003);
          const v23 = I_responses[(Math.imul(row, u_T) + Math.min(Math.max((t + (-1) | 0), 0), (u_T - 1 | 0)) | 0)];
          const v24 = ((((t + (-1) | 0) >= 0) && ((t + (-1) | 0) < u_T)) ? v23 : 0);
          const v25 = Math.imul(v24, 1000003);
          const v26 = I_responses[(Math.imul(row, u_T) + t | 0)];
          const v27 = (v25 + v26 | 0);
          const v28 = (v22 + v27 | 0);
          const v29 = (v18 + v28 | 0);
          const v31 = (v30 ? v28 : v29);
          const v33 = (v32 ? v27 : v31);
          const v35 = (v34 ? v26 : v33);
          const v36 = $imod(v35, 2147483647);
          const v37 = (Math.abs(v36) | 0);
          const key = v37;
          if ((key >= 0)) {
            const kk = (key + 1 | 0);
            let x = key;
            x = Math.imul((x ^ (x >>> 16 | 0)), 2146121005);
            x = Math.imul((x ^ (x >>> 15 | 0)), (-2073254261));
            let h = ((x ^ (x >>> 16 | 0)) & (used - 1 | 0));
            let r = 0;
            for (;;) {
              // a slot holds its key's row + 1 (4 bytes: half the cache lines of a (key, row) pair); 0 is empty
              const e = (u_oh_table_tok + (base + h | 0) | 0);
              const cur = H[e];
              if ((cur === 0)) {
                // a new key takes the group's next row (its zero-based values were left zero by the last run)
                r = (lbase + nk | 0);
                nk = (nk + 1 | 0);
                H[e] = (r + 1 | 0);
                H[(u_oh_keys_tok + r | 0)] = kk;
                if ((Math.imul(nk, 3) >>> 0 > Math.imul(used, 2) >>> 0)) {
                  for (let i = 0; (i >>> 0 < used >>> 0); i = (i + 1 | 0)) {
                    H[(u_oh_table_tok + (base + i | 0) | 0)] = 0;
                  }
                  used = Math.imul(used, 2);
                  for (let i = 0; (i >>> 0 < nk >>> 0); i = (i + 1 | 0)) {
                    let x2 = (H[((u_oh_keys_tok + lbase | 0) + i | 0)] - 1 | 0);
                    x2 = Math.imul((x2 ^ (x2 >>> 16 | 0)), 2146121005);
                    x2 = Math.imul((x2 ^ (x2 >>> 15 | 0)), (-2073254261));
                    let h2 = ((x2 ^ (x2 >>> 16 | 0)) & (used - 1 | 0));
                    for (;;) {
                      if ((H[(u_oh_table_tok + (base + h2 | 0) | 0)] === 0)) {
                        break;
                      }
                      h2 = ((h2 + 1 | 0) & (used - 1 | 0));
                    }
                    H[(u_oh_table_tok + (base + h2 | 0) | 0)] = ((lbase + i | 0) + 1 | 0);
                  }
                }
                break;
              }
              if ((H[((u_oh_keys_tok + cur | 0) - 1 | 0)] === kk)) {
                r = (cur - 1 | 0);
                break;
              }
              h = ((h + 1 | 0) & (used - 1 | 0));
            }
            // rollouts are visited in turn, so the last one that had the key tells a first occurrence
            const first = (H[(u_oh_seen_tok + r | 0)] !== (j + 1 | 0));
            // stored whether or not it changes: a store every lane makes is cheaper than a branch per lane
            H[(u_oh_seen_tok + r | 0)] = (j + 1 | 0);
            word = (r | (first ? (-2147483648) : 0));
            const v41 = ((word >>> 31 | 0) !== 0);
            const v42 = (v41 ? v40 : 0);
            const v45 = (v41 ? v44 : 0);
            const v46 = v40;
            const v48 = v47;
            {
              const a49 = (v42 > 0 ? (v42 < 4294967296 ? v42 >>> 0 | 0 : -1) : 0);
              const a50 = (v45 > 0 ? (v45 < 4294967296 ? v45 >>> 0 | 0 : -1) : 0);
              const add = (a49 + a50 | 0);
              if ((add !== 0)) {
                H[(((a49 !== 0) ? u_oh_acc53 : u_oh_acc57) + (word & 2147483647) | 0)] = (H[(((a49 !== 0) ? u_oh_acc53 : u_oh_acc57) + (word & 2147483647) | 0)] + add | 0);
              }
            }
            {
              const a51 = (v46 > 0 ? (v46 < 4294967296 ? v46 >>> 0 | 0 : -1) : 0);
              const a52 = (v48 > 0 ? (v48 < 4294967296 ? v48 >>> 0 | 0 : -1) : 0);
              const add = (a51 + a52 | 0);
              if ((add !== 0)) {
                H[(((a51 !== 0) ? u_oh_acc59 : u_oh_acc77) + (word & 2147483647) | 0)] = (H[(((a51 !== 0) ? u_oh_acc59 : u_oh_acc77) + (word & 2147483647) | 0)] + add | 0);
              }
            }
          }
        }
        H[((u_oh_slot_tok + Math.imul(row, u_T) | 0) + tt | 0)] = word;
      }
    }
    H[(u_oh_count_tok + g | 0)] = nk;
    // empty the hash slots again (rows keep the keys): the next run needs no clear of the table
    for (let i = 0; (i >>> 0 < used >>> 0); i = (i + 1 | 0)) {
      H[(u_oh_table_tok + (base + i | 0) | 0)] = 0;
    }
  }
  const v53 = (u_p_alpha !== 0);
  const v60 = $fr(acc42 - acc41);
  const v195 = (u_p_beta !== 0);
  // count table %226: its value for every presence count pair of the group (when fewer than its keys)
  const tabled226 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled226) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v54 = 0;
      if (v53) {
        const v55 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v56 = $fr(v55 + $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v57 = $fr(acc41 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v58 = $fr(v56 + v57);
        const v59 = $fr(v55 + v57);
        const v61 = $fr(v60 - $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v62 = $fr(v59 + v61);
        const v63 = $fr(v58 - v62);
        const v64 = Math.max(0, v63);
        const v65 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v57);
        const v66 = Math.min(v55, v65);
        const v67 = (v64 === v66);
        let v68 = 0;
        if (v67) {
          v68 = 0;
        } else {
          const v69 = $fr(v55 + v65);
          const v70 = $fr(v69 - v62);
          const v71 = Math.max(0, v70);
          const v72 = $i32f(v71);
          const v73 = $i32f(v66);
          const v74 = $fr(v65 + 1);
          const v75 = adv_lgamma(v74);
          const v76 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
          const v77 = adv_lgamma(v76);
          const v78 = $fr(v75 - v77);
          const v79 = $fr(v65 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v80 = $fr(v79 + 1);
          const v81 = adv_lgamma(v80);
          const v82 = $fr(v78 - v81);
          const v83 = $fr(v62 - v65);
          const v84 = $fr(v55 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v85 = $fr(v83 + 1);
          const v86 = adv_lgamma(v85);
          const v87 = $fr(v84 + 1);
          const v88 = adv_lgamma(v87);
          const v89 = $fr(v86 - v88);
          const v90 = $fr(v83 - v84);
          const v91 = $fr(v90 + 1);
          const v92 = adv_lgamma(v91);
          const v93 = $fr(v89 - v92);
          const v94 = $fr(v82 + v93);
          const v95 = $fr(v62 + 1);
          const v96 = adv_lgamma(v95);
          const v97 = $fr(v55 + 1);
          const v98 = adv_lgamma(v97);
          const v99 = $fr(v96 - v98);
          const v100 = $fr(v62 - v55);
          const v101 = $fr(v100 + 1);
          const v102 = adv_lgamma(v101);
          const v103 = $fr(v99 - v102);
          const v104 = $fr(v94 - v103);
          const v105 = $fr(v104 + 0.000009999999747378752);
          let fold107 = 0;
          for (let k106 = v72; (k106 <= v73); k106 = (k106 + 1 | 0)) {
            const v108 = $fr(k106);
            const v109 = $fr(v108 + 1);
            const v110 = adv_lgamma(v109);
            const v111 = $fr(v75 - v110);
            const v112 = $fr(v65 - v108);
            const v113 = $fr(v112 + 1);
            const v114 = adv_lgamma(v113);
            const v115 = $fr(v111 - v114);
            const v116 = $fr(v55 - v108);
            const v117 = $fr(v116 + 1);
            const v118 = adv_lgamma(v117);
            const v119 = $fr(v86 - v118);
            const v120 = $fr(v83 - v116);
            const v121 = $fr(v120 + 1);
            const v122 = adv_lgamma(v121);
            const v123 = $fr(v119 - v122);
            const v124 = $fr(v115 + v123);
            const v125 = $fr(v124 - v103);
            const v126 = $fr(Math.exp(v125));
            const v127 = (v125 <= v105);
            const v128 = (v127 ? v126 : 0);
            fold107 = $fr(fold107 + v128);
          }
          const v129 = fold107;
          const v130 = $fr((-2) * v129);
          const v131 = $fr(Math.exp(v130));
          v68 = v131;
        }
        const v132 = v68;
        const v133 = $fr(u_p_alpha * v132);
        v54 = v133;
      } else {
        v54 = 0;
      }
      const v134 = v54;
      const v135 = $fr(acc41 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v136 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v135);
      const v137 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v138 = $fr(v137 + v135);
      const v139 = $fr(v60 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v140 = $fr(v138 + v139);
      const v141 = $fr(v136 / v140);
      const v142 = (-v141);
      const v143 = $fr(Math.log2(v141));
      const v144 = $fr(v142 * v143);
      const v145 = (v141 > 0);
      const v146 = (v145 ? v144 : 0);
      const v147 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v139);
      const v148 = $fr(v147 / v140);
      const v149 = (-v148);
      const v150 = $fr(Math.log2(v148));
      const v151 = $fr(v149 * v150);
      const v152 = (v148 > 0);
      const v153 = (v152 ? v151 : 0);
      const v154 = $fr(v146 + v153);
      const v155 = $fr(v137 / v140);
      const v156 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v137);
      const v157 = (-v156);
      const v158 = $fr(Math.log2(v156));
      const v159 = $fr(v157 * v158);
      const v160 = (v156 > 0);
      const v161 = (v160 ? v159 : 0);
      const v162 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v137);
      const v163 = (-v162);
      const v164 = $fr(Math.log2(v162));
      const v165 = $fr(v163 * v164);
      const v166 = (v162 > 0);
      const v167 = (v166 ? v165 : 0);
      const v168 = $fr(v161 + v167);
      const v169 = (v137 > 0);
      const v170 = (v169 ? v168 : 0);
      const v171 = $fr(v155 * v170);
      const v172 = $fr(v135 + v139);
      const v173 = $fr(v172 / v140);
      const v174 = $fr(v135 / v172);
      const v175 = (-v174);
      const v176 = $fr(Math.log2(v174));
      const v177 = $fr(v175 * v176);
      const v178 = (v174 > 0);
      const v179 = (v178 ? v177 : 0);
      const v180 = $fr(v139 / v172);
      const v181 = (-v180);
      const v182 = $fr(Math.log2(v180));
      const v183 = $fr(v181 * v182);
      const v184 = (v180 > 0);
      const v185 = (v184 ? v183 : 0);
      const v186 = $fr(v179 + v185);
      const v187 = (v172 > 0);
      const v188 = (v187 ? v186 : 0);
      const v189 = $fr(v173 * v188);
      const v190 = $fr(v171 + v189);
      const v191 = $fr(v154 - v190);
      const v192 = (v140 > 0);
      const v193 = (v192 ? v191 : 0);
      const v194 = $fr(u_p_beta * v193);
      const v196 = (v195 ? v194 : 0);
      const v197 = $fr(v134 + v196);
      F_table226[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v197;
    }
  }
  // count table %238: its value for every presence count pair of the group (when fewer than its keys)
  const tabled238 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled238) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v198 = $fr(acc41 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v199 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v198);
      const v200 = $fr(v199 + 1.000000013351432e-10);
      const v201 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v200);
      const v202 = Math.min(Math.max(v201, 0), 1);
      const v203 = $fr(Math.sqrt(v202));
      const v204 = adv_asin(v203);
      const v205 = $fr(v60 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v206 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v205);
      const v207 = $fr(v206 + 1.000000013351432e-10);
      const v208 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v207);
      const v209 = Math.min(Math.max(v208, 0), 1);
      const v210 = $fr(Math.sqrt(v209));
      const v211 = adv_asin(v210);
      const v212 = $fr(v204 - v211);
      F_table238[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v212;
    }
  }
  const v213 = (acc41 > 0);
  const v214 = (v60 > 0);
  const v215 = (v213 && v214);
  const v383 = $fr(u_p_bm25_k1 + 1);
  const v385 = $fr(1 - u_p_bm25_b);
  const v386 = $fr(u_p_bm25_b * acc47);
  const v387 = $fr(acc47 + acc49);
  const v388 = $fr(v387 / 2);
  const v389 = $fr(v386 / v388);
  const v390 = $fr(v385 + v389);
  const v391 = $fr(u_p_bm25_k1 * v390);
  const v394 = (acc47 > 0);
  const v399 = $fr(u_p_bm25_b * acc49);
  const v400 = $fr(acc49 + acc47);
  const v401 = $fr(v400 / 2);
  const v402 = $fr(v399 / v401);
  const v403 = $fr(v385 + v402);
  const v404 = $fr(u_p_bm25_k1 * v403);
  const v407 = (acc49 > 0);
  const v414 = (u_p_gamma !== 0);
  const v418 = $fr(u_p_alpha + u_p_beta);
  // key-map %260: once per distinct key of the group
  const nkeys260 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys260 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v216 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
    const v217 = (v216 !== u_p_zero_token_id);
    const v218 = (v215 && v217);
    let v219 = 0;
    if (v218) {
      const v220 = $fr(H[(u_oh_acc53 + slot | 0)] >>> 0);
      const v221 = $fr(H[(u_oh_acc57 + slot | 0)] >>> 0);
      let v222 = 0;
      if (tabled226) {
        v222 = F_table226[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v220 > 0 ? (v220 < 4294967296 ? v220 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v221 > 0 ? (v221 < 4294967296 ? v221 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        let v223 = 0;
        if (v53) {
          const v224 = $fr(v220 + v221);
          const v225 = $fr(v224 + v220);
          const v226 = $fr(acc41 - v220);
          const v227 = $fr(v225 + v226);
          const v228 = $fr(v224 + v226);
          const v229 = $fr(v60 - v221);
          const v230 = $fr(v228 + v229);
          const v231 = $fr(v227 - v230);
          const v232 = Math.max(0, v231);
          const v233 = $fr(v220 + v226);
          const v234 = Math.min(v224, v233);
          const v235 = (v232 === v234);
          let v236 = 0;
          if (v235) {
            v236 = 0;
          } else {
            const v237 = $fr(v224 + v233);
            const v238 = $fr(v237 - v230);
            const v239 = Math.max(0, v238);
            const v240 = $i32f(v239);
            const v241 = $i32f(v234);
            const v242 = $fr(v233 + 1);
            const v243 = adv_lgamma(v242);
            const v244 = $fr(v220 + 1);
            const v245 = adv_lgamma(v244);
            const v246 = $fr(v243 - v245);
            const v247 = $fr(v233 - v220);
            const v248 = $fr(v247 + 1);
            const v249 = adv_lgamma(v248);
            const v250 = $fr(v246 - v249);
            const v251 = $fr(v230 - v233);
            const v252 = $fr(v224 - v220);
            const v253 = $fr(v251 + 1);
            const v254 = adv_lgamma(v253);
            const v255 = $fr(v252 + 1);
            const v256 = adv_lgamma(v255);
            const v257 = $fr(v254 - v256);
            const v258 = $fr(v251 - v252);
            const v259 = $fr(v258 + 1);
            const v260 = adv_lgamma(v259);
            const v261 = $fr(v257 - v260);
            const v262 = $fr(v250 + v261);
            const v263 = $fr(v230 + 1);
            const v264 = adv_lgamma(v263);
            const v265 = $fr(v224 + 1);
            const v266 = adv_lgamma(v265);
            const v267 = $fr(v264 - v266);
            const v268 = $fr(v230 - v224);
            const v269 = $fr(v268 + 1);
            const v270 = adv_lgamma(v269);
            const v271 = $fr(v267 - v270);
            const v272 = $fr(v262 - v271);
            const v273 = $fr(v272 + 0.000009999999747378752);
            let fold275 = 0;
            for (let k274 = v240; (k274 <= v241); k274 = (k274 + 1 | 0)) {
              const v276 = $fr(k274);
              const v277 = $fr(v276 + 1);
              const v278 = adv_lgamma(v277);
              const v279 = $fr(v243 - v278);
              const v280 = $fr(v233 - v276);
              const v281 = $fr(v280 + 1);
              const v282 = adv_lgamma(v281);
              const v283 = $fr(v279 - v282);
              const v284 = $fr(v224 - v276);
              const v285 = $fr(v284 + 1);
              const v286 = adv_lgamma(v285);
              const v287 = $fr(v254 - v286);
              const v288 = $fr(v251 - v284);
              const v289 = $fr(v288 + 1);
              const v290 = adv_lgamma(v289);
              const v291 = $fr(v287 - v290);
              const v292 = $fr(v283 + v291);
              const v293 = $fr(v292 - v271);
              const v294 = $fr(Math.exp(v293));
              const v295 = (v293 <= v273);
              const v296 = (v295 ? v294 : 0);
              fold275 = $fr(fold275 + v296);
            }
            const v297 = fold275;
            const v298 = $fr((-2) * v297);
            const v299 = $fr(Math.exp(v298));
            v236 = v299;
          }
          const v300 = v236;
          const v301 = $fr(u_p_alpha * v300);
          v223 = v301;
        } else {
          v223 = 0;
        }
        const v302 = v223;
        const v303 = $fr(acc41 - v220);
        const v304 = $fr(v220 + v303);
        const v305 = $fr(v220 + v221);
        const v306 = $fr(v305 + v303);
        const v307 = $fr(v60 - v221);
        const v308 = $fr(v306 + v307);
        const v309 = $fr(v304 / v308);
        const v310 = (-v309);
        const v311 = $fr(Math.log2(v309));
        const v312 = $fr(v310 * v311);
        const v313 = (v309 > 0);
        const v314 = (v313 ? v312 : 0);
        const v315 = $fr(v221 + v307);
        const v316 = $fr(v315 / v308);
        const v317 = (-v316);
        const v318 = $fr(Math.log2(v316));
        const v319 = $fr(v317 * v318);
        const v320 = (v316 > 0);
        const v321 = (v320 ? v319 : 0);
        const v322 = $fr(v314 + v321);
        const v323 = $fr(v305 / v308);
        const v324 = $fr(v220 / v305);
        const v325 = (-v324);
        const v326 = $fr(Math.log2(v324));
        const v327 = $fr(v325 * v326);
        const v328 = (v324 > 0);
        const v329 = (v328 ? v327 : 0);
        const v330 = $fr(v221 / v305);
        const v331 = (-v330);
        const v332 = $fr(Math.log2(v330));
        const v333 = $fr(v331 * v332);
        const v334 = (v330 > 0);
        const v335 = (v334 ? v333 : 0);
        const v336 = $fr(v329 + v335);
        const v337 = (v305 > 0);
        const v338 = (v337 ? v336 : 0);
        const v339 = $fr(v323 * v338);
        const v340 = $fr(v303 + v307);
        const v341 = $fr(v340 / v308);
        const v342 = $fr(v303 / v340);
        const v343 = (-v342);
        const v344 = $fr(Math.log2(v342));
        const v345 = $fr(v343 * v344);
        const v346 = (v342 > 0);
        const v347 = (v346 ? v345 : 0);
        const v348 = $fr(v307 / v340);
        const v349 = (-v348);
        const v350 = $fr(Math.log2(v348));
        const v351 = $fr(v349 * v350);
        const v352 = (v348 > 0);
        const v353 = (v352 ? v351 : 0);
        const v354 = $fr(v347 + v353);
        const v355 = (v340 > 0);
        const v356 = (v355 ? v354 : 0);
        const v357 = $fr(v341 * v356);
        const v358 = $fr(v339 + v357);
        const v359 = $fr(v322 - v358);
        const v360 = (v308 > 0);
        const v361 = (v360 ? v359 : 0);
        const v362 = $fr(u_p_beta * v361);
        const v363 = (v195 ? v362 : 0);
        v222 = $fr(v302 + v363);
      }
      const v364 = v222;
      let v365 = 0;
      if (tabled238) {
        v365 = F_table238[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v220 > 0 ? (v220 < 4294967296 ? v220 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v221 > 0 ? (v221 < 4294967296 ? v221 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        const v366 = $fr(acc41 - v220);
        const v367 = $fr(v220 + v366);
        const v368 = $fr(v367 + 1.000000013351432e-10);
        const v369 = $fr(v220 / v368);
        const v370 = Math.min(Math.max(v369, 0), 1);
        const v371 = $fr(Math.sqrt(v370));
        const v372 = adv_asin(v371);
        const v373 = $fr(v60 - v221);
        const v374 = $fr(v221 + v373);
        const v375 = $fr(v374 + 1.000000013351432e-10);
        const v376 = $fr(v221 / v375);
        const v377 = Math.min(Math.max(v376, 0), 1);
        const v378 = $fr(Math.sqrt(v377));
        const v379 = adv_asin(v378);
        v365 = $fr(v372 - v379);
      }
      const v380 = v365;
      const v381 = $fr(H[(u_oh_acc59 + slot | 0)] >>> 0);
      const v382 = $fr(v381 / acc47);
      const v384 = $fr(v382 * v383);
      const v392 = $fr(v382 + v391);
      const v393 = $fr(v384 / v392);
      const v395 = (v394 ? v393 : 0);
      const v396 = $fr(H[(u_oh_acc77 + slot | 0)] >>> 0);
      const v397 = $fr(v396 / acc49);
      const v398 = $fr(v397 * v383);
      const v405 = $fr(v397 + v404);
      const v406 = $fr(v398 / v405);
      const v408 = (v407 ? v406 : 0);
      const v409 = $fr(v408 + 0.000009999999747378752);
      const v410 = $fr(v395 / v409);
      const v411 = $fr(v395 + 0.000009999999747378752);
      const v412 = $fr(v408 / v411);
      const v413 = $fr(v410 - v412);
      const v415 = (v414 ? v413 : 0);
      const v416 = $fr(v380 + v415);
      const v417 = $fr(v364 * v416);
      const v419 = $fr(v417 / v418);
      const v420 = $fr(1 / $fr(1 + $fr(Math.exp((-v419)))));
      const v421 = $fr(v420 - 0.5);
      const v422 = $fr(v421 * 2);
      const v423 = $fr(v422 * u_p_top);
      v219 = v423;
    } else {
      v219 = 0;
    }
    F_v260[slot] = v219;
  }
  // reduce to group %277
  const v425 = $fr(acc265 / acc42);
  const v426 = $fr(acc263 + v425);
  const v428 = $fr(acc270 - acc263);
  const v429 = (v428 > 0);
  const v430 = (v429 ? v428 : 1);
  let acc277 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v424 = F_v10[row];
    const v427 = $fr(v424 - v426);
    const v431 = $fr(v427 / v430);
    const v432 = $fr(v431 * v431);
    acc277 = $fr(acc277 + v432);
  }
  if ((lid === 0)) {
    F_v277[g] = acc277;
  }
  const v434 = (acc42 > 1);
  const v435 = (v434 ? v426 : 0);
  const v437 = $fr(acc42 - 1);
  const v438 = $fr(acc277 / v437);
  const v439 = $fr(Math.sqrt(v438));
  const v440 = $fr(v439 * v430);
  const v441 = (v434 ? v440 : 1);
  const v442 = $fr(v441 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v433 = F_v10[row];
    const v436 = $fr(v433 - v435);
    const v443 = $fr(v436 / v442);
    const v444 = (v436 === 0);
    const v445 = (v444 ? 0 : v443);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw446 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v447 = F_v260[((sw446 !== (-1)) ? (sw446 & 2147483647) : 0)];
      const v448 = ((sw446 !== (-1)) ? v447 : 0);
      const v449 = $fr(v445 + v448);
      const v450 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v451 = $fr(v450);
      const v452 = $fr(v449 * v451);
      const v453 = v448;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v452;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v453;
    }
  }
  // zero the rows of key tok this group used: the next run needs no clear
  {
    const lbase = I_vbase[g];
    const nk = H[(u_oh_count_tok + g | 0)];
    for (let i = 0; (i >>> 0 < nk >>> 0); i = (i + 1 | 0)) {
      H[((u_oh_seen_tok + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc53 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc57 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc59 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc77 + lbase | 0) + i | 0)] = 0;
    }
  }
}
let u, $H, $F_token_level_rewards, $F_v10, $F_v41, $F_v42, $F_v263, $F_v270, $F_v45, $F_v47, $F_v49, $F_v265, $F_table226, $F_table238, $F_v260, $F_v277, $F_out_advantages, $F_out_key_values, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase, $I_korder, $I_responses;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v10 = f["v10"];
  $F_v41 = f["v41"];
  $F_v42 = f["v42"];
  $F_v263 = f["v263"];
  $F_v270 = f["v270"];
  $F_v45 = f["v45"];
  $F_v47 = f["v47"];
  $F_v49 = f["v49"];
  $F_v265 = f["v265"];
  $F_table226 = f["table226"];
  $F_table238 = f["table238"];
  $F_v260 = f["v260"];
  $F_v277 = f["v277"];
  $F_out_advantages = f["out_advantages"];
  $F_out_key_values = f["out_key_values"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
  $I_kbase = i["kbase"];
  $I_vbase = i["vbase"];
  $I_korder = i["korder"];
  $I_responses = i["responses"];
}
return { bind, stage0 };