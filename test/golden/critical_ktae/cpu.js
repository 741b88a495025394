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
  const u_oh_table_tok = u.oh_table_tok;
  const u_oh_keys_tok = u.oh_keys_tok;
  const u_oh_seen_tok = u.oh_seen_tok;
  const u_oh_acc28 = u.oh_acc28;
  const u_oh_acc32 = u.oh_acc32;
  const u_oh_acc34 = u.oh_acc34;
  const u_oh_acc52 = u.oh_acc52;
  const u_oh_slot_tok = u.oh_slot_tok;
  const u_oh_count_tok = u.oh_count_tok;
  const u_N = u.N;
  const u_p_alpha = u.p_alpha;
  const u_p_beta = u.p_beta;
  const u_p_p_crit = u.p_p_crit;
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
  const F_v16 = $F_v16;
  const F_v17 = $F_v17;
  const F_v265 = $F_v265;
  const F_v272 = $F_v272;
  const I_response_mask = $I_response_mask;
  const F_v20 = $F_v20;
  const F_v22 = $F_v22;
  const F_v24 = $F_v24;
  const F_v267 = $F_v267;
  const I_kbase = $I_kbase;
  const I_vbase = $I_vbase;
  const I_korder = $I_korder;
  const I_responses = $I_responses;
  const H = $H;
  const F_table258 = $F_table258;
  const F_table201 = $F_table201;
  const F_table213 = $F_table213;
  const F_v262 = $F_v262;
  const F_v279 = $F_v279;
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
  // reduce to group %16, %17, %265, %272
  let acc16 = 0;
  let acc17 = 0;
  let acc265 = Infinity;
  let acc272 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v10[row];
    const v6 = (v5 > 0);
    const v7 = (v6 ? 1 : 0);
    acc16 = $fr(acc16 + v7);
    acc17 = $fr(acc17 + 1);
    acc265 = Math.min(acc265, v5);
    acc272 = Math.max(acc272, v5);
  }
  if ((lid === 0)) {
    F_v16[g] = acc16;
    F_v17[g] = acc17;
    F_v265[g] = acc265;
    F_v272[g] = acc272;
  }
  // reduce to rollout %20: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc20_0 = 0;
    let acc20_1 = 0;
    let acc20_2 = 0;
    let acc20_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        acc20_0 = $fr(acc20_0 + 1);
      }
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        acc20_1 = $fr(acc20_1 + 1);
      }
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        acc20_2 = $fr(acc20_2 + 1);
      }
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        acc20_3 = $fr(acc20_3 + 1);
      }
    }
    F_v20[row0] = acc20_0;
    F_v20[row1] = acc20_1;
    F_v20[row2] = acc20_2;
    F_v20[row3] = acc20_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc20 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        acc20 = $fr(acc20 + 1);
      }
    }
    F_v20[row] = acc20;
  }
  // reduce to group %22, %24, %267
  let acc22 = 0;
  let acc24 = 0;
  let acc267 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v8 = F_v20[row];
    const v9 = F_v10[row];
    const v10 = (v9 > 0);
    const v11 = (v10 ? v8 : 0);
    const v12 = (v10 ? 0 : v8);
    const v13 = $fr(v9 - acc265);
    acc22 = $fr(acc22 + v11);
    acc24 = $fr(acc24 + v12);
    acc267 = $fr(acc267 + v13);
  }
  if ((lid === 0)) {
    F_v22[g] = acc22;
    F_v24[g] = acc24;
    F_v267[g] = acc267;
  }
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
      const v15 = F_v10[row];
      const v16 = (v15 > 0);
      const v17 = (v16 ? 1 : 0);
      const v20 = (!v16);
      const v21 = (v20 ? 1 : 0);
      const v24 = (v16 ? 0 : 1);
      for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
        const t = tt;
        let word = (-1);
        if ((I_response_mask[(Math.imul(row, u_T) + tt | 0)] !== 0)) {
          const v14 = I_responses[(Math.imul(row, u_T) + t | 0)];
          const key = v14;
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
            const v18 = ((word >>> 31 | 0) !== 0);
            const v19 = (v18 ? v17 : 0);
            const v22 = (v18 ? v21 : 0);
            const v23 = v17;
            const v25 = v24;
            {
              const a26 = (v19 > 0 ? (v19 < 4294967296 ? v19 >>> 0 | 0 : -1) : 0);
              const a27 = (v22 > 0 ? (v22 < 4294967296 ? v22 >>> 0 | 0 : -1) : 0);
              const add = (a26 + a27 | 0);
              if ((add !== 0)) {
                H[(((a26 !== 0) ? u_oh_acc28 : u_oh_acc32) + (word & 2147483647) | 0)] = (H[(((a26 !== 0) ? u_oh_acc28 : u_oh_acc32) + (word & 2147483647) | 0)] + add | 0);
              }
            }
            {
              const a28 = (v23 > 0 ? (v23 < 4294967296 ? v23 >>> 0 | 0 : -1) : 0);
              const a29 = (v25 > 0 ? (v25 < 4294967296 ? v25 >>> 0 | 0 : -1) : 0);
              const add = (a28 + a29 | 0);
              if ((add !== 0)) {
                H[(((a28 !== 0) ? u_oh_acc34 : u_oh_acc52) + (word & 2147483647) | 0)] = (H[(((a28 !== 0) ? u_oh_acc34 : u_oh_acc52) + (word & 2147483647) | 0)] + add | 0);
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
  const v35 = $fr(acc17 - acc16);
  // count table %258: its value for every presence count pair of the group (when fewer than its keys)
  const tabled258 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled258) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v30 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v31 = $fr(acc16 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v32 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v31);
      const v33 = $fr(v30 + v32);
      const v34 = $fr(v30 + v31);
      const v36 = $fr(v35 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v37 = $fr(v34 + v36);
      const v38 = $fr(v33 - v37);
      const v39 = Math.max(0, v38);
      const v40 = $i32f(v39);
      const v41 = Math.min(v30, v32);
      const v42 = $i32f(v41);
      const v43 = $fr(v32 + 1);
      const v44 = adv_lgamma(v43);
      const v45 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
      const v46 = adv_lgamma(v45);
      const v47 = $fr(v44 - v46);
      const v48 = $fr(v32 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v49 = $fr(v48 + 1);
      const v50 = adv_lgamma(v49);
      const v51 = $fr(v47 - v50);
      const v52 = $fr(v37 - v32);
      const v53 = $fr(v30 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v54 = $fr(v52 + 1);
      const v55 = adv_lgamma(v54);
      const v56 = $fr(v53 + 1);
      const v57 = adv_lgamma(v56);
      const v58 = $fr(v55 - v57);
      const v59 = $fr(v52 - v53);
      const v60 = $fr(v59 + 1);
      const v61 = adv_lgamma(v60);
      const v62 = $fr(v58 - v61);
      const v63 = $fr(v51 + v62);
      const v64 = $fr(v37 + 1);
      const v65 = adv_lgamma(v64);
      const v66 = $fr(v30 + 1);
      const v67 = adv_lgamma(v66);
      const v68 = $fr(v65 - v67);
      const v69 = $fr(v37 - v30);
      const v70 = $fr(v69 + 1);
      const v71 = adv_lgamma(v70);
      const v72 = $fr(v68 - v71);
      const v73 = $fr(v63 - v72);
      const v74 = $fr(v73 + 0.000009999999747378752);
      let fold76 = 0;
      for (let k75 = v40; (k75 <= v42); k75 = (k75 + 1 | 0)) {
        const v77 = $fr(k75);
        const v78 = $fr(v77 + 1);
        const v79 = adv_lgamma(v78);
        const v80 = $fr(v44 - v79);
        const v81 = $fr(v32 - v77);
        const v82 = $fr(v81 + 1);
        const v83 = adv_lgamma(v82);
        const v84 = $fr(v80 - v83);
        const v85 = $fr(v30 - v77);
        const v86 = $fr(v85 + 1);
        const v87 = adv_lgamma(v86);
        const v88 = $fr(v55 - v87);
        const v89 = $fr(v52 - v85);
        const v90 = $fr(v89 + 1);
        const v91 = adv_lgamma(v90);
        const v92 = $fr(v88 - v91);
        const v93 = $fr(v84 + v92);
        const v94 = $fr(v93 - v72);
        const v95 = $fr(Math.exp(v94));
        const v96 = (v94 <= v74);
        const v97 = (v96 ? v95 : 0);
        fold76 = $fr(fold76 + v97);
      }
      const v98 = fold76;
      F_table258[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v98;
    }
  }
  const v99 = (u_p_alpha !== 0);
  const v240 = (u_p_beta !== 0);
  // count table %201: its value for every presence count pair of the group (when fewer than its keys)
  const tabled201 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled201) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v100 = 0;
      if (v99) {
        const v101 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v102 = $fr(v101 + $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v103 = $fr(acc16 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v104 = $fr(v102 + v103);
        const v105 = $fr(v101 + v103);
        const v106 = $fr(v35 - $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v107 = $fr(v105 + v106);
        const v108 = $fr(v104 - v107);
        const v109 = Math.max(0, v108);
        const v110 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v103);
        const v111 = Math.min(v101, v110);
        const v112 = (v109 === v111);
        let v113 = 0;
        if (v112) {
          v113 = 0;
        } else {
          const v114 = $fr(v101 + v110);
          const v115 = $fr(v114 - v107);
          const v116 = Math.max(0, v115);
          const v117 = $i32f(v116);
          const v118 = $i32f(v111);
          const v119 = $fr(v110 + 1);
          const v120 = adv_lgamma(v119);
          const v121 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
          const v122 = adv_lgamma(v121);
          const v123 = $fr(v120 - v122);
          const v124 = $fr(v110 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v125 = $fr(v124 + 1);
          const v126 = adv_lgamma(v125);
          const v127 = $fr(v123 - v126);
          const v128 = $fr(v107 - v110);
          const v129 = $fr(v101 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v130 = $fr(v128 + 1);
          const v131 = adv_lgamma(v130);
          const v132 = $fr(v129 + 1);
          const v133 = adv_lgamma(v132);
          const v134 = $fr(v131 - v133);
          const v135 = $fr(v128 - v129);
          const v136 = $fr(v135 + 1);
          const v137 = adv_lgamma(v136);
          const v138 = $fr(v134 - v137);
          const v139 = $fr(v127 + v138);
          const v140 = $fr(v107 + 1);
          const v141 = adv_lgamma(v140);
          const v142 = $fr(v101 + 1);
          const v143 = adv_lgamma(v142);
          const v144 = $fr(v141 - v143);
          const v145 = $fr(v107 - v101);
          const v146 = $fr(v145 + 1);
          const v147 = adv_lgamma(v146);
          const v148 = $fr(v144 - v147);
          const v149 = $fr(v139 - v148);
          const v150 = $fr(v149 + 0.000009999999747378752);
          let fold152 = 0;
          for (let k151 = v117; (k151 <= v118); k151 = (k151 + 1 | 0)) {
            const v153 = $fr(k151);
            const v154 = $fr(v153 + 1);
            const v155 = adv_lgamma(v154);
            const v156 = $fr(v120 - v155);
            const v157 = $fr(v110 - v153);
            const v158 = $fr(v157 + 1);
            const v159 = adv_lgamma(v158);
            const v160 = $fr(v156 - v159);
            const v161 = $fr(v101 - v153);
            const v162 = $fr(v161 + 1);
            const v163 = adv_lgamma(v162);
            const v164 = $fr(v131 - v163);
            const v165 = $fr(v128 - v161);
            const v166 = $fr(v165 + 1);
            const v167 = adv_lgamma(v166);
            const v168 = $fr(v164 - v167);
            const v169 = $fr(v160 + v168);
            const v170 = $fr(v169 - v148);
            const v171 = $fr(Math.exp(v170));
            const v172 = (v170 <= v150);
            const v173 = (v172 ? v171 : 0);
            fold152 = $fr(fold152 + v173);
          }
          const v174 = fold152;
          const v175 = $fr((-2) * v174);
          const v176 = $fr(Math.exp(v175));
          v113 = v176;
        }
        const v177 = v113;
        const v178 = $fr(u_p_alpha * v177);
        v100 = v178;
      } else {
        v100 = 0;
      }
      const v179 = v100;
      const v180 = $fr(acc16 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v181 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v180);
      const v182 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v183 = $fr(v182 + v180);
      const v184 = $fr(v35 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v185 = $fr(v183 + v184);
      const v186 = $fr(v181 / v185);
      const v187 = (-v186);
      const v188 = $fr(Math.log2(v186));
      const v189 = $fr(v187 * v188);
      const v190 = (v186 > 0);
      const v191 = (v190 ? v189 : 0);
      const v192 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v184);
      const v193 = $fr(v192 / v185);
      const v194 = (-v193);
      const v195 = $fr(Math.log2(v193));
      const v196 = $fr(v194 * v195);
      const v197 = (v193 > 0);
      const v198 = (v197 ? v196 : 0);
      const v199 = $fr(v191 + v198);
      const v200 = $fr(v182 / v185);
      const v201 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v182);
      const v202 = (-v201);
      const v203 = $fr(Math.log2(v201));
      const v204 = $fr(v202 * v203);
      const v205 = (v201 > 0);
      const v206 = (v205 ? v204 : 0);
      const v207 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v182);
      const v208 = (-v207);
      const v209 = $fr(Math.log2(v207));
      const v210 = $fr(v208 * v209);
      const v211 = (v207 > 0);
      const v212 = (v211 ? v210 : 0);
      const v213 = $fr(v206 + v212);
      const v214 = (v182 > 0);
      const v215 = (v214 ? v213 : 0);
      const v216 = $fr(v200 * v215);
      const v217 = $fr(v180 + v184);
      const v218 = $fr(v217 / v185);
      const v219 = $fr(v180 / v217);
      const v220 = (-v219);
      const v221 = $fr(Math.log2(v219));
      const v222 = $fr(v220 * v221);
      const v223 = (v219 > 0);
      const v224 = (v223 ? v222 : 0);
      const v225 = $fr(v184 / v217);
      const v226 = (-v225);
      const v227 = $fr(Math.log2(v225));
      const v228 = $fr(v226 * v227);
      const v229 = (v225 > 0);
      const v230 = (v229 ? v228 : 0);
      const v231 = $fr(v224 + v230);
      const v232 = (v217 > 0);
      const v233 = (v232 ? v231 : 0);
      const v234 = $fr(v218 * v233);
      const v235 = $fr(v216 + v234);
      const v236 = $fr(v199 - v235);
      const v237 = (v185 > 0);
      const v238 = (v237 ? v236 : 0);
      const v239 = $fr(u_p_beta * v238);
      const v241 = (v240 ? v239 : 0);
      const v242 = $fr(v179 + v241);
      F_table201[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v242;
    }
  }
  // count table %213: its value for every presence count pair of the group (when fewer than its keys)
  const tabled213 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled213) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v243 = $fr(acc16 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v244 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v243);
      const v245 = $fr(v244 + 1.000000013351432e-10);
      const v246 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v245);
      const v247 = Math.min(Math.max(v246, 0), 1);
      const v248 = $fr(Math.sqrt(v247));
      const v249 = adv_asin(v248);
      const v250 = $fr(v35 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v251 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v250);
      const v252 = $fr(v251 + 1.000000013351432e-10);
      const v253 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v252);
      const v254 = Math.min(Math.max(v253, 0), 1);
      const v255 = $fr(Math.sqrt(v254));
      const v256 = adv_asin(v255);
      const v257 = $fr(v249 - v256);
      F_table213[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v257;
    }
  }
  const v329 = $fr(u_p_p_crit * 0.9999899864196777);
  const v332 = (acc16 > 0);
  const v333 = (v35 > 0);
  const v334 = (v332 && v333);
  const v500 = $fr(u_p_bm25_k1 + 1);
  const v502 = $fr(1 - u_p_bm25_b);
  const v503 = $fr(u_p_bm25_b * acc22);
  const v504 = $fr(acc22 + acc24);
  const v505 = $fr(v504 / 2);
  const v506 = $fr(v503 / v505);
  const v507 = $fr(v502 + v506);
  const v508 = $fr(u_p_bm25_k1 * v507);
  const v511 = (acc22 > 0);
  const v516 = $fr(u_p_bm25_b * acc24);
  const v517 = $fr(acc24 + acc22);
  const v518 = $fr(v517 / 2);
  const v519 = $fr(v516 / v518);
  const v520 = $fr(v502 + v519);
  const v521 = $fr(u_p_bm25_k1 * v520);
  const v524 = (acc24 > 0);
  const v531 = (u_p_gamma !== 0);
  const v535 = $fr(u_p_alpha + u_p_beta);
  // key-map %262: once per distinct key of the group
  const nkeys262 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys262 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v258 = $fr(H[(u_oh_acc28 + slot | 0)] >>> 0);
    const v259 = $fr(H[(u_oh_acc32 + slot | 0)] >>> 0);
    let v260 = 0;
    if (tabled258) {
      v260 = F_table258[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v258 > 0 ? (v258 < 4294967296 ? v258 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v259 > 0 ? (v259 < 4294967296 ? v259 >>> 0 | 0 : -1) : 0) | 0) | 0)];
    } else {
      const v261 = $fr(v258 + v259);
      const v262 = $fr(acc16 - v258);
      const v263 = $fr(v258 + v262);
      const v264 = $fr(v261 + v263);
      const v265 = $fr(v261 + v262);
      const v266 = $fr(v35 - v259);
      const v267 = $fr(v265 + v266);
      const v268 = $fr(v264 - v267);
      const v269 = Math.max(0, v268);
      const v270 = $i32f(v269);
      const v271 = Math.min(v261, v263);
      const v272 = $i32f(v271);
      const v273 = $fr(v263 + 1);
      const v274 = adv_lgamma(v273);
      const v275 = $fr(v258 + 1);
      const v276 = adv_lgamma(v275);
      const v277 = $fr(v274 - v276);
      const v278 = $fr(v263 - v258);
      const v279 = $fr(v278 + 1);
      const v280 = adv_lgamma(v279);
      const v281 = $fr(v277 - v280);
      const v282 = $fr(v267 - v263);
      const v283 = $fr(v261 - v258);
      const v284 = $fr(v282 + 1);
      const v285 = adv_lgamma(v284);
      const v286 = $fr(v283 + 1);
      const v287 = adv_lgamma(v286);
      const v288 = $fr(v285 - v287);
      const v289 = $fr(v282 - v283);
      const v290 = $fr(v289 + 1);
      const v291 = adv_lgamma(v290);
      const v292 = $fr(v288 - v291);
      const v293 = $fr(v281 + v292);
      const v294 = $fr(v267 + 1);
      const v295 = adv_lgamma(v294);
      const v296 = $fr(v261 + 1);
      const v297 = adv_lgamma(v296);
      const v298 = $fr(v295 - v297);
      const v299 = $fr(v267 - v261);
      const v300 = $fr(v299 + 1);
      const v301 = adv_lgamma(v300);
      const v302 = $fr(v298 - v301);
      const v303 = $fr(v293 - v302);
      const v304 = $fr(v303 + 0.000009999999747378752);
      let fold306 = 0;
      for (let k305 = v270; (k305 <= v272); k305 = (k305 + 1 | 0)) {
        const v307 = $fr(k305);
        const v308 = $fr(v307 + 1);
        const v309 = adv_lgamma(v308);
        const v310 = $fr(v274 - v309);
        const v311 = $fr(v263 - v307);
        const v312 = $fr(v311 + 1);
        const v313 = adv_lgamma(v312);
        const v314 = $fr(v310 - v313);
        const v315 = $fr(v261 - v307);
        const v316 = $fr(v315 + 1);
        const v317 = adv_lgamma(v316);
        const v318 = $fr(v285 - v317);
        const v319 = $fr(v282 - v315);
        const v320 = $fr(v319 + 1);
        const v321 = adv_lgamma(v320);
        const v322 = $fr(v318 - v321);
        const v323 = $fr(v314 + v322);
        const v324 = $fr(v323 - v302);
        const v325 = $fr(Math.exp(v324));
        const v326 = (v324 <= v304);
        const v327 = (v326 ? v325 : 0);
        fold306 = $fr(fold306 + v327);
      }
      v260 = fold306;
    }
    const v328 = v260;
    const v330 = (v328 < v329);
    let v331 = 0;
    if (v330) {
      const v335 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
      const v336 = (v335 !== u_p_zero_token_id);
      const v337 = (v334 && v336);
      let v338 = 0;
      if (v337) {
        let v339 = 0;
        if (tabled201) {
          v339 = F_table201[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v258 > 0 ? (v258 < 4294967296 ? v258 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v259 > 0 ? (v259 < 4294967296 ? v259 >>> 0 | 0 : -1) : 0) | 0) | 0)];
        } else {
          let v340 = 0;
          if (v99) {
            const v341 = $fr(v258 + v259);
            const v342 = $fr(v341 + v258);
            const v343 = $fr(acc16 - v258);
            const v344 = $fr(v342 + v343);
            const v345 = $fr(v341 + v343);
            const v346 = $fr(v35 - v259);
            const v347 = $fr(v345 + v346);
            const v348 = $fr(v344 - v347);
            const v349 = Math.max(0, v348);
            const v350 = $fr(v258 + v343);
            const v351 = Math.min(v341, v350);
            const v352 = (v349 === v351);
            let v353 = 0;
            if (v352) {
              v353 = 0;
            } else {
              const v354 = $fr(v341 + v350);
              const v355 = $fr(v354 - v347);
              const v356 = Math.max(0, v355);
              const v357 = $i32f(v356);
              const v358 = $i32f(v351);
              const v359 = $fr(v350 + 1);
              const v360 = adv_lgamma(v359);
              const v361 = $fr(v258 + 1);
              const v362 = adv_lgamma(v361);
              const v363 = $fr(v360 - v362);
              const v364 = $fr(v350 - v258);
              const v365 = $fr(v364 + 1);
              const v366 = adv_lgamma(v365);
              const v367 = $fr(v363 - v366);
              const v368 = $fr(v347 - v350);
              const v369 = $fr(v341 - v258);
              const v370 = $fr(v368 + 1);
              const v371 = adv_lgamma(v370);
              const v372 = $fr(v369 + 1);
              const v373 = adv_lgamma(v372);
              const v374 = $fr(v371 - v373);
              const v375 = $fr(v368 - v369);
              const v376 = $fr(v375 + 1);
              const v377 = adv_lgamma(v376);
              const v378 = $fr(v374 - v377);
              const v379 = $fr(v367 + v378);
              const v380 = $fr(v347 + 1);
              const v381 = adv_lgamma(v380);
              const v382 = $fr(v341 + 1);
              const v383 = adv_lgamma(v382);
              const v384 = $fr(v381 - v383);
              const v385 = $fr(v347 - v341);
              const v386 = $fr(v385 + 1);
              const v387 = adv_lgamma(v386);
              const v388 = $fr(v384 - v387);
              const v389 = $fr(v379 - v388);
              const v390 = $fr(v389 + 0.000009999999747378752);
              let fold392 = 0;
              for (let k391 = v357; (k391 <= v358); k391 = (k391 + 1 | 0)) {
                const v393 = $fr(k391);
                const v394 = $fr(v393 + 1);
                const v395 = adv_lgamma(v394);
                const v396 = $fr(v360 - v395);
                const v397 = $fr(v350 - v393);
                const v398 = $fr(v397 + 1);
                const v399 = adv_lgamma(v398);
                const v400 = $fr(v396 - v399);
                const v401 = $fr(v341 - v393);
                const v402 = $fr(v401 + 1);
                const v403 = adv_lgamma(v402);
                const v404 = $fr(v371 - v403);
                const v405 = $fr(v368 - v401);
                const v406 = $fr(v405 + 1);
                const v407 = adv_lgamma(v406);
                const v408 = $fr(v404 - v407);
                const v409 = $fr(v400 + v408);
                const v410 = $fr(v409 - v388);
                const v411 = $fr(Math.exp(v410));
                const v412 = (v410 <= v390);
                const v413 = (v412 ? v411 : 0);
                fold392 = $fr(fold392 + v413);
              }
              const v414 = fold392;
              const v415 = $fr((-2) * v414);
              const v416 = $fr(Math.exp(v415));
              v353 = v416;
            }
            const v417 = v353;
            const v418 = $fr(u_p_alpha * v417);
            v340 = v418;
          } else {
            v340 = 0;
          }
          const v419 = v340;
          const v420 = $fr(acc16 - v258);
          const v421 = $fr(v258 + v420);
          const v422 = $fr(v258 + v259);
          const v423 = $fr(v422 + v420);
          const v424 = $fr(v35 - v259);
          const v425 = $fr(v423 + v424);
          const v426 = $fr(v421 / v425);
          const v427 = (-v426);
          const v428 = $fr(Math.log2(v426));
          const v429 = $fr(v427 * v428);
          const v430 = (v426 > 0);
          const v431 = (v430 ? v429 : 0);
          const v432 = $fr(v259 + v424);
          const v433 = $fr(v432 / v425);
          const v434 = (-v433);
          const v435 = $fr(Math.log2(v433));
          const v436 = $fr(v434 * v435);
          const v437 = (v433 > 0);
          const v438 = (v437 ? v436 : 0);
          const v439 = $fr(v431 + v438);
          const v440 = $fr(v422 / v425);
          const v441 = $fr(v258 / v422);
          const v442 = (-v441);
          const v443 = $fr(Math.log2(v441));
          const v444 = $fr(v442 * v443);
          const v445 = (v441 > 0);
          const v446 = (v445 ? v444 : 0);
          const v447 = $fr(v259 / v422);
          const v448 = (-v447);
          const v449 = $fr(Math.log2(v447));
          const v450 = $fr(v448 * v449);
          const v451 = (v447 > 0);
          const v452 = (v451 ? v450 : 0);
          const v453 = $fr(v446 + v452);
          const v454 = (v422 > 0);
          const v455 = (v454 ? v453 : 0);
          const v456 = $fr(v440 * v455);
          const v457 = $fr(v420 + v424);
          const v458 = $fr(v457 / v425);
          const v459 = $fr(v420 / v457);
          const v460 = (-v459);
          const v461 = $fr(Math.log2(v459));
          const v462 = $fr(v460 * v461);
          const v463 = (v459 > 0);
          const v464 = (v463 ? v462 : 0);
          const v465 = $fr(v424 / v457);
          const v466 = (-v465);
          const v467 = $fr(Math.log2(v465));
          const v468 = $fr(v466 * v467);
          const v469 = (v465 > 0);
          const v470 = (v469 ? v468 : 0);
          const v471 = $fr(v464 + v470);
          const v472 = (v457 > 0);
          const v473 = (v472 ? v471 : 0);
          const v474 = $fr(v458 * v473);
          const v475 = $fr(v456 + v474);
          const v476 = $fr(v439 - v475);
          const v477 = (v425 > 0);
          const v478 = (v477 ? v476 : 0);
          const v479 = $fr(u_p_beta * v478);
          const v480 = (v240 ? v479 : 0);
          v339 = $fr(v419 + v480);
        }
        const v481 = v339;
        let v482 = 0;
        if (tabled213) {
          v482 = F_table213[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v258 > 0 ? (v258 < 4294967296 ? v258 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v259 > 0 ? (v259 < 4294967296 ? v259 >>> 0 | 0 : -1) : 0) | 0) | 0)];
        } else {
          const v483 = $fr(acc16 - v258);
          const v484 = $fr(v258 + v483);
          const v485 = $fr(v484 + 1.000000013351432e-10);
          const v486 = $fr(v258 / v485);
          const v487 = Math.min(Math.max(v486, 0), 1);
          const v488 = $fr(Math.sqrt(v487));
          const v489 = adv_asin(v488);
          const v490 = $fr(v35 - v259);
          const v491 = $fr(v259 + v490);
          const v492 = $fr(v491 + 1.000000013351432e-10);
          const v493 = $fr(v259 / v492);
          const v494 = Math.min(Math.max(v493, 0), 1);
          const v495 = $fr(Math.sqrt(v494));
          const v496 = adv_asin(v495);
          v482 = $fr(v489 - v496);
        }
        const v497 = v482;
        const v498 = $fr(H[(u_oh_acc34 + slot | 0)] >>> 0);
        const v499 = $fr(v498 / acc22);
        const v501 = $fr(v499 * v500);
        const v509 = $fr(v499 + v508);
        const v510 = $fr(v501 / v509);
        const v512 = (v511 ? v510 : 0);
        const v513 = $fr(H[(u_oh_acc52 + slot | 0)] >>> 0);
        const v514 = $fr(v513 / acc24);
        const v515 = $fr(v514 * v500);
        const v522 = $fr(v514 + v521);
        const v523 = $fr(v515 / v522);
        const v525 = (v524 ? v523 : 0);
        const v526 = $fr(v525 + 0.000009999999747378752);
        const v527 = $fr(v512 / v526);
        const v528 = $fr(v512 + 0.000009999999747378752);
        const v529 = $fr(v525 / v528);
        const v530 = $fr(v527 - v529);
        const v532 = (v531 ? v530 : 0);
        const v533 = $fr(v497 + v532);
        const v534 = $fr(v481 * v533);
        const v536 = $fr(v534 / v535);
        const v537 = $fr(1 / $fr(1 + $fr(Math.exp((-v536)))));
        const v538 = $fr(v537 - 0.5);
        const v539 = $fr(v538 * 2);
        const v540 = $fr(v539 * u_p_top);
        v338 = v540;
      } else {
        v338 = 0;
      }
      const v541 = v338;
      v331 = v541;
    } else {
      v331 = 0;
    }
    F_v262[slot] = v331;
  }
  // reduce to group %279
  const v543 = $fr(acc267 / acc17);
  const v544 = $fr(acc265 + v543);
  const v546 = $fr(acc272 - acc265);
  const v547 = (v546 > 0);
  const v548 = (v547 ? v546 : 1);
  let acc279 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v542 = F_v10[row];
    const v545 = $fr(v542 - v544);
    const v549 = $fr(v545 / v548);
    const v550 = $fr(v549 * v549);
    acc279 = $fr(acc279 + v550);
  }
  if ((lid === 0)) {
    F_v279[g] = acc279;
  }
  const v552 = (acc17 > 1);
  const v553 = (v552 ? v544 : 0);
  const v555 = $fr(acc17 - 1);
  const v556 = $fr(acc279 / v555);
  const v557 = $fr(Math.sqrt(v556));
  const v558 = $fr(v557 * v548);
  const v559 = (v552 ? v558 : 1);
  const v560 = $fr(v559 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v551 = F_v10[row];
    const v554 = $fr(v551 - v553);
    const v561 = $fr(v554 / v560);
    const v562 = (v554 === 0);
    const v563 = (v562 ? 0 : v561);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw564 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v565 = F_v262[((sw564 !== (-1)) ? (sw564 & 2147483647) : 0)];
      const v566 = ((sw564 !== (-1)) ? v565 : 0);
      const v567 = $fr(v563 + v566);
      const v568 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v569 = $fr(v568);
      const v570 = $fr(v567 * v569);
      const v571 = v566;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v570;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v571;
    }
  }
  // zero the rows of key tok this group used: the next run needs no clear
  {
    const lbase = I_vbase[g];
    const nk = H[(u_oh_count_tok + g | 0)];
    for (let i = 0; (i >>> 0 < nk >>> 0); i = (i + 1 | 0)) {
      H[((u_oh_seen_tok + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc28 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc32 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc34 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc52 + lbase | 0) + i | 0)] = 0;
    }
  }
}
let u, $H, $F_token_level_rewards, $F_v10, $F_v16, $F_v17, $F_v265, $F_v272, $F_v20, $F_v22, $F_v24, $F_v267, $F_table258, $F_table201, $F_table213, $F_v262, $F_v279, $F_out_advantages, $F_out_key_values, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase, $I_korder, $I_responses;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v10 = f["v10"];
  $F_v16 = f["v16"];
  $F_v17 = f["v17"];
  $F_v265 = f["v265"];
  $F_v272 = f["v272"];
  $F_v20 = f["v20"];
  $F_v22 = f["v22"];
  $F_v24 = f["v24"];
  $F_v267 = f["v267"];
  $F_table258 = f["table258"];
  $F_table201 = f["table201"];
  $F_table213 = f["table213"];
  $F_v262 = f["v262"];
  $F_v279 = f["v279"];
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