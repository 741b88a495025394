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
  const u_oh_acc26 = u.oh_acc26;
  const u_oh_acc30 = u.oh_acc30;
  const u_oh_acc32 = u.oh_acc32;
  const u_oh_acc50 = u.oh_acc50;
  const u_oh_slot_tok = u.oh_slot_tok;
  const u_oh_count_tok = u.oh_count_tok;
  const u_oh_table_tok_1 = u.oh_table_tok_1;
  const u_oh_keys_tok_1 = u.oh_keys_tok_1;
  const u_oh_seen_tok_1 = u.oh_seen_tok_1;
  const u_oh_acc66 = u.oh_acc66;
  const u_oh_acc68 = u.oh_acc68;
  const u_oh_acc69 = u.oh_acc69;
  const u_oh_acc75 = u.oh_acc75;
  const u_oh_slot_tok_1 = u.oh_slot_tok_1;
  const u_oh_count_tok_1 = u.oh_count_tok_1;
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
  const F_v9 = $F_v9;
  const F_v14 = $F_v14;
  const F_v15 = $F_v15;
  const F_v399 = $F_v399;
  const F_v406 = $F_v406;
  const I_response_mask = $I_response_mask;
  const F_v18 = $F_v18;
  const F_v20 = $F_v20;
  const F_v22 = $F_v22;
  const F_v401 = $F_v401;
  const I_kbase = $I_kbase;
  const I_vbase = $I_vbase;
  const I_korder = $I_korder;
  const I_responses = $I_responses;
  const H = $H;
  const F_table217 = $F_table217;
  const F_table229 = $F_table229;
  const F_v251 = $F_v251;
  const F_v255 = $F_v255;
  const F_v257 = $F_v257;
  const F_table323 = $F_table323;
  const F_v323 = $F_v323;
  const F_table377 = $F_table377;
  const F_v377 = $F_v377;
  const F_table389 = $F_table389;
  const F_v396 = $F_v396;
  const F_v413 = $F_v413;
  const F_out_advantages = $F_out_advantages;
  const F_out_key_values = $F_out_key_values;
  const F_out_key_a = $F_out_key_a;
  const F_out_key_b = $F_out_key_b;
  const F_out_key_c = $F_out_key_c;
  const F_out_key_d = $F_out_key_d;
  const F_out_key_p_value = $F_out_key_p_value;
  const F_out_key_information_gain = $F_out_key_information_gain;
  const F_out_key_direction = $F_out_key_direction;
  const F_out_rollout_advantage = $F_out_rollout_advantage;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %9: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc9_0 = 0;
    let acc9_1 = 0;
    let acc9_2 = 0;
    let acc9_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc9_0 = $fr(acc9_0 + v0);
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc9_1 = $fr(acc9_1 + v1);
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc9_2 = $fr(acc9_2 + v2);
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc9_3 = $fr(acc9_3 + v3);
    }
    F_v9[row0] = acc9_0;
    F_v9[row1] = acc9_1;
    F_v9[row2] = acc9_2;
    F_v9[row3] = acc9_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc9 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc9 = $fr(acc9 + v4);
    }
    F_v9[row] = acc9;
  }
  // reduce to group %14, %15, %399, %406
  let acc14 = 0;
  let acc15 = 0;
  let acc399 = Infinity;
  let acc406 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v9[row];
    const v6 = (v5 > 0);
    const v7 = (v6 ? 1 : 0);
    acc14 = $fr(acc14 + v7);
    acc15 = $fr(acc15 + 1);
    acc399 = Math.min(acc399, v5);
    acc406 = Math.max(acc406, v5);
  }
  if ((lid === 0)) {
    F_v14[g] = acc14;
    F_v15[g] = acc15;
    F_v399[g] = acc399;
    F_v406[g] = acc406;
  }
  // reduce to rollout %18: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc18_0 = 0;
    let acc18_1 = 0;
    let acc18_2 = 0;
    let acc18_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        acc18_0 = $fr(acc18_0 + 1);
      }
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        acc18_1 = $fr(acc18_1 + 1);
      }
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        acc18_2 = $fr(acc18_2 + 1);
      }
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        acc18_3 = $fr(acc18_3 + 1);
      }
    }
    F_v18[row0] = acc18_0;
    F_v18[row1] = acc18_1;
    F_v18[row2] = acc18_2;
    F_v18[row3] = acc18_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc18 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        acc18 = $fr(acc18 + 1);
      }
    }
    F_v18[row] = acc18;
  }
  // reduce to group %20, %22, %401
  let acc20 = 0;
  let acc22 = 0;
  let acc401 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v8 = F_v18[row];
    const v9 = F_v9[row];
    const v10 = (v9 > 0);
    const v11 = (v10 ? v8 : 0);
    const v12 = (v10 ? 0 : v8);
    const v13 = $fr(v9 - acc399);
    acc20 = $fr(acc20 + v11);
    acc22 = $fr(acc22 + v12);
    acc401 = $fr(acc401 + v13);
  }
  if ((lid === 0)) {
    F_v20[g] = acc20;
    F_v22[g] = acc22;
    F_v401[g] = acc401;
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
      const v15 = F_v9[row];
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
                H[(((a26 !== 0) ? u_oh_acc26 : u_oh_acc30) + (word & 2147483647) | 0)] = (H[(((a26 !== 0) ? u_oh_acc26 : u_oh_acc30) + (word & 2147483647) | 0)] + add | 0);
              }
            }
            {
              const a28 = (v23 > 0 ? (v23 < 4294967296 ? v23 >>> 0 | 0 : -1) : 0);
              const a29 = (v25 > 0 ? (v25 < 4294967296 ? v25 >>> 0 | 0 : -1) : 0);
              const add = (a28 + a29 | 0);
              if ((add !== 0)) {
                H[(((a28 !== 0) ? u_oh_acc32 : u_oh_acc50) + (word & 2147483647) | 0)] = (H[(((a28 !== 0) ? u_oh_acc32 : u_oh_acc50) + (word & 2147483647) | 0)] + add | 0);
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
  // key-build tok_1: the group's rollouts in turn hash their valid tokens' keys; a key's first token in a rollout is marked
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
      const v31 = F_v9[row];
      const v32 = (v31 > 0);
      const v33 = (v32 ? 1 : 0);
      const v36 = (!v32);
      const v37 = (v36 ? 1 : 0);
      const v40 = (v32 ? 0 : 1);
      for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
        const t = tt;
        let word = (-1);
        if ((I_response_mask[(Math.imul(row, u_T) + tt | 0)] !== 0)) {
          const v30 = I_responses[(Math.imul(row, u_T) + t | 0)];
          const key = v30;
          if ((key >= 0)) {
            const kk = (key + 1 | 0);
            let x = key;
            x = Math.imul((x ^ (x >>> 16 | 0)), 2146121005);
            x = Math.imul((x ^ (x >>> 15 | 0)), (-2073254261));
            let h = ((x ^ (x >>> 16 | 0)) & (used - 1 | 0));
            let r = 0;
            for (;;) {
              // a slot holds its key's row + 1 (4 bytes: half the cache lines of a (key, row) pair); 0 is empty
              const e = (u_oh_table_tok_1 + (base + h | 0) | 0);
              const cur = H[e];
              if ((cur === 0)) {
                // a new key takes the group's next row (its zero-based values were left zero by the last run)
                r = (lbase + nk | 0);
                nk = (nk + 1 | 0);
                H[e] = (r + 1 | 0);
                H[(u_oh_keys_tok_1 + r | 0)] = kk;
                if ((Math.imul(nk, 3) >>> 0 > Math.imul(used, 2) >>> 0)) {
                  for (let i = 0; (i >>> 0 < used >>> 0); i = (i + 1 | 0)) {
                    H[(u_oh_table_tok_1 + (base + i | 0) | 0)] = 0;
                  }
                  used = Math.imul(used, 2);
                  for (let i = 0; (i >>> 0 < nk >>> 0); i = (i + 1 | 0)) {
                    let x2 = (H[((u_oh_keys_tok_1 + lbase | 0) + i | 0)] - 1 | 0);
                    x2 = Math.imul((x2 ^ (x2 >>> 16 | 0)), 2146121005);
                    x2 = Math.imul((x2 ^ (x2 >>> 15 | 0)), (-2073254261));
                    let h2 = ((x2 ^ (x2 >>> 16 | 0)) & (used - 1 | 0));
                    for (;;) {
                      if ((H[(u_oh_table_tok_1 + (base + h2 | 0) | 0)] === 0)) {
                        break;
                      }
                      h2 = ((h2 + 1 | 0) & (used - 1 | 0));
                    }
                    H[(u_oh_table_tok_1 + (base + h2 | 0) | 0)] = ((lbase + i | 0) + 1 | 0);
                  }
                }
                break;
              }
              if ((H[((u_oh_keys_tok_1 + cur | 0) - 1 | 0)] === kk)) {
                r = (cur - 1 | 0);
                break;
              }
              h = ((h + 1 | 0) & (used - 1 | 0));
            }
            // rollouts are visited in turn, so the last one that had the key tells a first occurrence
            const first = (H[(u_oh_seen_tok_1 + r | 0)] !== (j + 1 | 0));
            // stored whether or not it changes: a store every lane makes is cheaper than a branch per lane
            H[(u_oh_seen_tok_1 + r | 0)] = (j + 1 | 0);
            word = (r | (first ? (-2147483648) : 0));
            const v34 = ((word >>> 31 | 0) !== 0);
            const v35 = (v34 ? v33 : 0);
            const v38 = (v34 ? v37 : 0);
            const v39 = v33;
            const v41 = v40;
            {
              const a42 = (v35 > 0 ? (v35 < 4294967296 ? v35 >>> 0 | 0 : -1) : 0);
              const a43 = (v38 > 0 ? (v38 < 4294967296 ? v38 >>> 0 | 0 : -1) : 0);
              const add = (a42 + a43 | 0);
              if ((add !== 0)) {
                H[(((a42 !== 0) ? u_oh_acc66 : u_oh_acc68) + (word & 2147483647) | 0)] = (H[(((a42 !== 0) ? u_oh_acc66 : u_oh_acc68) + (word & 2147483647) | 0)] + add | 0);
              }
            }
            {
              const a44 = (v39 > 0 ? (v39 < 4294967296 ? v39 >>> 0 | 0 : -1) : 0);
              const a45 = (v41 > 0 ? (v41 < 4294967296 ? v41 >>> 0 | 0 : -1) : 0);
              const add = (a44 + a45 | 0);
              if ((add !== 0)) {
                H[(((a44 !== 0) ? u_oh_acc69 : u_oh_acc75) + (word & 2147483647) | 0)] = (H[(((a44 !== 0) ? u_oh_acc69 : u_oh_acc75) + (word & 2147483647) | 0)] + add | 0);
              }
            }
          }
        }
        H[((u_oh_slot_tok_1 + Math.imul(row, u_T) | 0) + tt | 0)] = word;
      }
    }
    H[(u_oh_count_tok_1 + g | 0)] = nk;
    // empty the hash slots again (rows keep the keys): the next run needs no clear of the table
    for (let i = 0; (i >>> 0 < used >>> 0); i = (i + 1 | 0)) {
      H[(u_oh_table_tok_1 + (base + i | 0) | 0)] = 0;
    }
  }
  const v46 = (u_p_alpha !== 0);
  const v53 = $fr(acc15 - acc14);
  const v188 = (u_p_beta !== 0);
  // count table %217: its value for every presence count pair of the group (when fewer than its keys)
  const tabled217 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok_1 + g | 0)] >>> 0);
  if (tabled217) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v47 = 0;
      if (v46) {
        const v48 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v49 = $fr(v48 + $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v50 = $fr(acc14 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v51 = $fr(v49 + v50);
        const v52 = $fr(v48 + v50);
        const v54 = $fr(v53 - $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v55 = $fr(v52 + v54);
        const v56 = $fr(v51 - v55);
        const v57 = Math.max(0, v56);
        const v58 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v50);
        const v59 = Math.min(v48, v58);
        const v60 = (v57 === v59);
        let v61 = 0;
        if (v60) {
          v61 = 0;
        } else {
          const v62 = $fr(v48 + v58);
          const v63 = $fr(v62 - v55);
          const v64 = Math.max(0, v63);
          const v65 = $i32f(v64);
          const v66 = $i32f(v59);
          const v67 = $fr(v58 + 1);
          const v68 = adv_lgamma(v67);
          const v69 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
          const v70 = adv_lgamma(v69);
          const v71 = $fr(v68 - v70);
          const v72 = $fr(v58 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v73 = $fr(v72 + 1);
          const v74 = adv_lgamma(v73);
          const v75 = $fr(v71 - v74);
          const v76 = $fr(v55 - v58);
          const v77 = $fr(v48 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v78 = $fr(v76 + 1);
          const v79 = adv_lgamma(v78);
          const v80 = $fr(v77 + 1);
          const v81 = adv_lgamma(v80);
          const v82 = $fr(v79 - v81);
          const v83 = $fr(v76 - v77);
          const v84 = $fr(v83 + 1);
          const v85 = adv_lgamma(v84);
          const v86 = $fr(v82 - v85);
          const v87 = $fr(v75 + v86);
          const v88 = $fr(v55 + 1);
          const v89 = adv_lgamma(v88);
          const v90 = $fr(v48 + 1);
          const v91 = adv_lgamma(v90);
          const v92 = $fr(v89 - v91);
          const v93 = $fr(v55 - v48);
          const v94 = $fr(v93 + 1);
          const v95 = adv_lgamma(v94);
          const v96 = $fr(v92 - v95);
          const v97 = $fr(v87 - v96);
          const v98 = $fr(v97 + 0.000009999999747378752);
          let fold100 = 0;
          for (let k99 = v65; (k99 <= v66); k99 = (k99 + 1 | 0)) {
            const v101 = $fr(k99);
            const v102 = $fr(v101 + 1);
            const v103 = adv_lgamma(v102);
            const v104 = $fr(v68 - v103);
            const v105 = $fr(v58 - v101);
            const v106 = $fr(v105 + 1);
            const v107 = adv_lgamma(v106);
            const v108 = $fr(v104 - v107);
            const v109 = $fr(v48 - v101);
            const v110 = $fr(v109 + 1);
            const v111 = adv_lgamma(v110);
            const v112 = $fr(v79 - v111);
            const v113 = $fr(v76 - v109);
            const v114 = $fr(v113 + 1);
            const v115 = adv_lgamma(v114);
            const v116 = $fr(v112 - v115);
            const v117 = $fr(v108 + v116);
            const v118 = $fr(v117 - v96);
            const v119 = $fr(Math.exp(v118));
            const v120 = (v118 <= v98);
            const v121 = (v120 ? v119 : 0);
            fold100 = $fr(fold100 + v121);
          }
          const v122 = fold100;
          const v123 = $fr((-2) * v122);
          const v124 = $fr(Math.exp(v123));
          v61 = v124;
        }
        const v125 = v61;
        const v126 = $fr(u_p_alpha * v125);
        v47 = v126;
      } else {
        v47 = 0;
      }
      const v127 = v47;
      const v128 = $fr(acc14 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v129 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v128);
      const v130 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v131 = $fr(v130 + v128);
      const v132 = $fr(v53 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v133 = $fr(v131 + v132);
      const v134 = $fr(v129 / v133);
      const v135 = (-v134);
      const v136 = $fr(Math.log2(v134));
      const v137 = $fr(v135 * v136);
      const v138 = (v134 > 0);
      const v139 = (v138 ? v137 : 0);
      const v140 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v132);
      const v141 = $fr(v140 / v133);
      const v142 = (-v141);
      const v143 = $fr(Math.log2(v141));
      const v144 = $fr(v142 * v143);
      const v145 = (v141 > 0);
      const v146 = (v145 ? v144 : 0);
      const v147 = $fr(v139 + v146);
      const v148 = $fr(v130 / v133);
      const v149 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v130);
      const v150 = (-v149);
      const v151 = $fr(Math.log2(v149));
      const v152 = $fr(v150 * v151);
      const v153 = (v149 > 0);
      const v154 = (v153 ? v152 : 0);
      const v155 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v130);
      const v156 = (-v155);
      const v157 = $fr(Math.log2(v155));
      const v158 = $fr(v156 * v157);
      const v159 = (v155 > 0);
      const v160 = (v159 ? v158 : 0);
      const v161 = $fr(v154 + v160);
      const v162 = (v130 > 0);
      const v163 = (v162 ? v161 : 0);
      const v164 = $fr(v148 * v163);
      const v165 = $fr(v128 + v132);
      const v166 = $fr(v165 / v133);
      const v167 = $fr(v128 / v165);
      const v168 = (-v167);
      const v169 = $fr(Math.log2(v167));
      const v170 = $fr(v168 * v169);
      const v171 = (v167 > 0);
      const v172 = (v171 ? v170 : 0);
      const v173 = $fr(v132 / v165);
      const v174 = (-v173);
      const v175 = $fr(Math.log2(v173));
      const v176 = $fr(v174 * v175);
      const v177 = (v173 > 0);
      const v178 = (v177 ? v176 : 0);
      const v179 = $fr(v172 + v178);
      const v180 = (v165 > 0);
      const v181 = (v180 ? v179 : 0);
      const v182 = $fr(v166 * v181);
      const v183 = $fr(v164 + v182);
      const v184 = $fr(v147 - v183);
      const v185 = (v133 > 0);
      const v186 = (v185 ? v184 : 0);
      const v187 = $fr(u_p_beta * v186);
      const v189 = (v188 ? v187 : 0);
      const v190 = $fr(v127 + v189);
      F_table217[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v190;
    }
  }
  // count table %229: its value for every presence count pair of the group (when fewer than its keys)
  const tabled229 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok_1 + g | 0)] >>> 0);
  if (tabled229) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v191 = $fr(acc14 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v192 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v191);
      const v193 = $fr(v192 + 1.000000013351432e-10);
      const v194 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v193);
      const v195 = Math.min(Math.max(v194, 0), 1);
      const v196 = $fr(Math.sqrt(v195));
      const v197 = adv_asin(v196);
      const v198 = $fr(v53 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v199 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v198);
      const v200 = $fr(v199 + 1.000000013351432e-10);
      const v201 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v200);
      const v202 = Math.min(Math.max(v201, 0), 1);
      const v203 = $fr(Math.sqrt(v202));
      const v204 = adv_asin(v203);
      const v205 = $fr(v197 - v204);
      F_table229[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v205;
    }
  }
  const v206 = (acc14 > 0);
  const v207 = (v53 > 0);
  const v208 = (v206 && v207);
  const v376 = $fr(u_p_bm25_k1 + 1);
  const v378 = $fr(1 - u_p_bm25_b);
  const v379 = $fr(u_p_bm25_b * acc20);
  const v380 = $fr(acc20 + acc22);
  const v381 = $fr(v380 / 2);
  const v382 = $fr(v379 / v381);
  const v383 = $fr(v378 + v382);
  const v384 = $fr(u_p_bm25_k1 * v383);
  const v387 = (acc20 > 0);
  const v392 = $fr(u_p_bm25_b * acc22);
  const v393 = $fr(acc22 + acc20);
  const v394 = $fr(v393 / 2);
  const v395 = $fr(v392 / v394);
  const v396 = $fr(v378 + v395);
  const v397 = $fr(u_p_bm25_k1 * v396);
  const v400 = (acc22 > 0);
  const v407 = (u_p_gamma !== 0);
  const v411 = $fr(u_p_alpha + u_p_beta);
  // key-map %251: once per distinct key of the group
  const nkeys251 = H[(u_oh_count_tok_1 + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys251 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v209 = (H[(u_oh_keys_tok_1 + slot | 0)] - 1 | 0);
    const v210 = (v209 !== u_p_zero_token_id);
    const v211 = (v208 && v210);
    let v212 = 0;
    if (v211) {
      const v213 = $fr(H[(u_oh_acc66 + slot | 0)] >>> 0);
      const v214 = $fr(H[(u_oh_acc68 + slot | 0)] >>> 0);
      let v215 = 0;
      if (tabled217) {
        v215 = F_table217[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v213 > 0 ? (v213 < 4294967296 ? v213 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v214 > 0 ? (v214 < 4294967296 ? v214 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        let v216 = 0;
        if (v46) {
          const v217 = $fr(v213 + v214);
          const v218 = $fr(v217 + v213);
          const v219 = $fr(acc14 - v213);
          const v220 = $fr(v218 + v219);
          const v221 = $fr(v217 + v219);
          const v222 = $fr(v53 - v214);
          const v223 = $fr(v221 + v222);
          const v224 = $fr(v220 - v223);
          const v225 = Math.max(0, v224);
          const v226 = $fr(v213 + v219);
          const v227 = Math.min(v217, v226);
          const v228 = (v225 === v227);
          let v229 = 0;
          if (v228) {
            v229 = 0;
          } else {
            const v230 = $fr(v217 + v226);
            const v231 = $fr(v230 - v223);
            const v232 = Math.max(0, v231);
            const v233 = $i32f(v232);
            const v234 = $i32f(v227);
            const v235 = $fr(v226 + 1);
            const v236 = adv_lgamma(v235);
            const v237 = $fr(v213 + 1);
            const v238 = adv_lgamma(v237);
            const v239 = $fr(v236 - v238);
            const v240 = $fr(v226 - v213);
            const v241 = $fr(v240 + 1);
            const v242 = adv_lgamma(v241);
            const v243 = $fr(v239 - v242);
            const v244 = $fr(v223 - v226);
            const v245 = $fr(v217 - v213);
            const v246 = $fr(v244 + 1);
            const v247 = adv_lgamma(v246);
            const v248 = $fr(v245 + 1);
            const v249 = adv_lgamma(v248);
            const v250 = $fr(v247 - v249);
            const v251 = $fr(v244 - v245);
            const v252 = $fr(v251 + 1);
            const v253 = adv_lgamma(v252);
            const v254 = $fr(v250 - v253);
            const v255 = $fr(v243 + v254);
            const v256 = $fr(v223 + 1);
            const v257 = adv_lgamma(v256);
            const v258 = $fr(v217 + 1);
            const v259 = adv_lgamma(v258);
            const v260 = $fr(v257 - v259);
            const v261 = $fr(v223 - v217);
            const v262 = $fr(v261 + 1);
            const v263 = adv_lgamma(v262);
            const v264 = $fr(v260 - v263);
            const v265 = $fr(v255 - v264);
            const v266 = $fr(v265 + 0.000009999999747378752);
            let fold268 = 0;
            for (let k267 = v233; (k267 <= v234); k267 = (k267 + 1 | 0)) {
              const v269 = $fr(k267);
              const v270 = $fr(v269 + 1);
              const v271 = adv_lgamma(v270);
              const v272 = $fr(v236 - v271);
              const v273 = $fr(v226 - v269);
              const v274 = $fr(v273 + 1);
              const v275 = adv_lgamma(v274);
              const v276 = $fr(v272 - v275);
              const v277 = $fr(v217 - v269);
              const v278 = $fr(v277 + 1);
              const v279 = adv_lgamma(v278);
              const v280 = $fr(v247 - v279);
              const v281 = $fr(v244 - v277);
              const v282 = $fr(v281 + 1);
              const v283 = adv_lgamma(v282);
              const v284 = $fr(v280 - v283);
              const v285 = $fr(v276 + v284);
              const v286 = $fr(v285 - v264);
              const v287 = $fr(Math.exp(v286));
              const v288 = (v286 <= v266);
              const v289 = (v288 ? v287 : 0);
              fold268 = $fr(fold268 + v289);
            }
            const v290 = fold268;
            const v291 = $fr((-2) * v290);
            const v292 = $fr(Math.exp(v291));
            v229 = v292;
          }
          const v293 = v229;
          const v294 = $fr(u_p_alpha * v293);
          v216 = v294;
        } else {
          v216 = 0;
        }
        const v295 = v216;
        const v296 = $fr(acc14 - v213);
        const v297 = $fr(v213 + v296);
        const v298 = $fr(v213 + v214);
        const v299 = $fr(v298 + v296);
        const v300 = $fr(v53 - v214);
        const v301 = $fr(v299 + v300);
        const v302 = $fr(v297 / v301);
        const v303 = (-v302);
        const v304 = $fr(Math.log2(v302));
        const v305 = $fr(v303 * v304);
        const v306 = (v302 > 0);
        const v307 = (v306 ? v305 : 0);
        const v308 = $fr(v214 + v300);
        const v309 = $fr(v308 / v301);
        const v310 = (-v309);
        const v311 = $fr(Math.log2(v309));
        const v312 = $fr(v310 * v311);
        const v313 = (v309 > 0);
        const v314 = (v313 ? v312 : 0);
        const v315 = $fr(v307 + v314);
        const v316 = $fr(v298 / v301);
        const v317 = $fr(v213 / v298);
        const v318 = (-v317);
        const v319 = $fr(Math.log2(v317));
        const v320 = $fr(v318 * v319);
        const v321 = (v317 > 0);
        const v322 = (v321 ? v320 : 0);
        const v323 = $fr(v214 / v298);
        const v324 = (-v323);
        const v325 = $fr(Math.log2(v323));
        const v326 = $fr(v324 * v325);
        const v327 = (v323 > 0);
        const v328 = (v327 ? v326 : 0);
        const v329 = $fr(v322 + v328);
        const v330 = (v298 > 0);
        const v331 = (v330 ? v329 : 0);
        const v332 = $fr(v316 * v331);
        const v333 = $fr(v296 + v300);
        const v334 = $fr(v333 / v301);
        const v335 = $fr(v296 / v333);
        const v336 = (-v335);
        const v337 = $fr(Math.log2(v335));
        const v338 = $fr(v336 * v337);
        const v339 = (v335 > 0);
        const v340 = (v339 ? v338 : 0);
        const v341 = $fr(v300 / v333);
        const v342 = (-v341);
        const v343 = $fr(Math.log2(v341));
        const v344 = $fr(v342 * v343);
        const v345 = (v341 > 0);
        const v346 = (v345 ? v344 : 0);
        const v347 = $fr(v340 + v346);
        const v348 = (v333 > 0);
        const v349 = (v348 ? v347 : 0);
        const v350 = $fr(v334 * v349);
        const v351 = $fr(v332 + v350);
        const v352 = $fr(v315 - v351);
        const v353 = (v301 > 0);
        const v354 = (v353 ? v352 : 0);
        const v355 = $fr(u_p_beta * v354);
        const v356 = (v188 ? v355 : 0);
        v215 = $fr(v295 + v356);
      }
      const v357 = v215;
      let v358 = 0;
      if (tabled229) {
        v358 = F_table229[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v213 > 0 ? (v213 < 4294967296 ? v213 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v214 > 0 ? (v214 < 4294967296 ? v214 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        const v359 = $fr(acc14 - v213);
        const v360 = $fr(v213 + v359);
        const v361 = $fr(v360 + 1.000000013351432e-10);
        const v362 = $fr(v213 / v361);
        const v363 = Math.min(Math.max(v362, 0), 1);
        const v364 = $fr(Math.sqrt(v363));
        const v365 = adv_asin(v364);
        const v366 = $fr(v53 - v214);
        const v367 = $fr(v214 + v366);
        const v368 = $fr(v367 + 1.000000013351432e-10);
        const v369 = $fr(v214 / v368);
        const v370 = Math.min(Math.max(v369, 0), 1);
        const v371 = $fr(Math.sqrt(v370));
        const v372 = adv_asin(v371);
        v358 = $fr(v365 - v372);
      }
      const v373 = v358;
      const v374 = $fr(H[(u_oh_acc69 + slot | 0)] >>> 0);
      const v375 = $fr(v374 / acc20);
      const v377 = $fr(v375 * v376);
      const v385 = $fr(v375 + v384);
      const v386 = $fr(v377 / v385);
      const v388 = (v387 ? v386 : 0);
      const v389 = $fr(H[(u_oh_acc75 + slot | 0)] >>> 0);
      const v390 = $fr(v389 / acc22);
      const v391 = $fr(v390 * v376);
      const v398 = $fr(v390 + v397);
      const v399 = $fr(v391 / v398);
      const v401 = (v400 ? v399 : 0);
      const v402 = $fr(v401 + 0.000009999999747378752);
      const v403 = $fr(v388 / v402);
      const v404 = $fr(v388 + 0.000009999999747378752);
      const v405 = $fr(v401 / v404);
      const v406 = $fr(v403 - v405);
      const v408 = (v407 ? v406 : 0);
      const v409 = $fr(v373 + v408);
      const v410 = $fr(v357 * v409);
      const v412 = $fr(v410 / v411);
      const v413 = $fr(1 / $fr(1 + $fr(Math.exp((-v412)))));
      const v414 = $fr(v413 - 0.5);
      const v415 = $fr(v414 * 2);
      const v416 = $fr(v415 * u_p_top);
      v212 = v416;
    } else {
      v212 = 0;
    }
    F_v251[slot] = v212;
  }
  // key-map %255: once per distinct key of the group
  const nkeys255 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys255 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v417 = $fr(H[(u_oh_acc26 + slot | 0)] >>> 0);
    F_v255[slot] = $fr(acc14 - v417);
  }
  // key-map %257: once per distinct key of the group
  const nkeys257 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys257 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v418 = $fr(H[(u_oh_acc30 + slot | 0)] >>> 0);
    F_v257[slot] = $fr(v53 - v418);
  }
  // count table %323: its value for every presence count pair of the group (when fewer than its keys)
  const tabled323 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled323) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v419 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v420 = $fr(acc14 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v421 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v420);
      const v422 = $fr(v419 + v421);
      const v423 = $fr(v419 + v420);
      const v424 = $fr(v53 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v425 = $fr(v423 + v424);
      const v426 = $fr(v422 - v425);
      const v427 = Math.max(0, v426);
      const v428 = $i32f(v427);
      const v429 = Math.min(v419, v421);
      const v430 = $i32f(v429);
      const v431 = $fr(v421 + 1);
      const v432 = adv_lgamma(v431);
      const v433 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
      const v434 = adv_lgamma(v433);
      const v435 = $fr(v432 - v434);
      const v436 = $fr(v421 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v437 = $fr(v436 + 1);
      const v438 = adv_lgamma(v437);
      const v439 = $fr(v435 - v438);
      const v440 = $fr(v425 - v421);
      const v441 = $fr(v419 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v442 = $fr(v440 + 1);
      const v443 = adv_lgamma(v442);
      const v444 = $fr(v441 + 1);
      const v445 = adv_lgamma(v444);
      const v446 = $fr(v443 - v445);
      const v447 = $fr(v440 - v441);
      const v448 = $fr(v447 + 1);
      const v449 = adv_lgamma(v448);
      const v450 = $fr(v446 - v449);
      const v451 = $fr(v439 + v450);
      const v452 = $fr(v425 + 1);
      const v453 = adv_lgamma(v452);
      const v454 = $fr(v419 + 1);
      const v455 = adv_lgamma(v454);
      const v456 = $fr(v453 - v455);
      const v457 = $fr(v425 - v419);
      const v458 = $fr(v457 + 1);
      const v459 = adv_lgamma(v458);
      const v460 = $fr(v456 - v459);
      const v461 = $fr(v451 - v460);
      const v462 = $fr(v461 + 0.000009999999747378752);
      let fold464 = 0;
      for (let k463 = v428; (k463 <= v430); k463 = (k463 + 1 | 0)) {
        const v465 = $fr(k463);
        const v466 = $fr(v465 + 1);
        const v467 = adv_lgamma(v466);
        const v468 = $fr(v432 - v467);
        const v469 = $fr(v421 - v465);
        const v470 = $fr(v469 + 1);
        const v471 = adv_lgamma(v470);
        const v472 = $fr(v468 - v471);
        const v473 = $fr(v419 - v465);
        const v474 = $fr(v473 + 1);
        const v475 = adv_lgamma(v474);
        const v476 = $fr(v443 - v475);
        const v477 = $fr(v440 - v473);
        const v478 = $fr(v477 + 1);
        const v479 = adv_lgamma(v478);
        const v480 = $fr(v476 - v479);
        const v481 = $fr(v472 + v480);
        const v482 = $fr(v481 - v460);
        const v483 = $fr(Math.exp(v482));
        const v484 = (v482 <= v462);
        const v485 = (v484 ? v483 : 0);
        fold464 = $fr(fold464 + v485);
      }
      const v486 = fold464;
      F_table323[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v486;
    }
  }
  // key-map %323: once per distinct key of the group
  const nkeys323 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys323 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v487 = $fr(H[(u_oh_acc26 + slot | 0)] >>> 0);
    const v488 = $fr(H[(u_oh_acc30 + slot | 0)] >>> 0);
    const v489 = $fr(v487 + v488);
    const v490 = F_v255[slot];
    const v491 = $fr(v487 + v490);
    const v492 = $fr(v489 + v491);
    const v493 = $fr(v489 + v490);
    const v494 = F_v257[slot];
    const v495 = $fr(v493 + v494);
    const v496 = $fr(v492 - v495);
    const v497 = Math.max(0, v496);
    const v498 = $i32f(v497);
    const v499 = Math.min(v489, v491);
    const v500 = $i32f(v499);
    const v501 = $fr(v491 + 1);
    const v502 = adv_lgamma(v501);
    const v503 = $fr(v487 + 1);
    const v504 = adv_lgamma(v503);
    const v505 = $fr(v502 - v504);
    const v506 = $fr(v491 - v487);
    const v507 = $fr(v506 + 1);
    const v508 = adv_lgamma(v507);
    const v509 = $fr(v505 - v508);
    const v510 = $fr(v495 - v491);
    const v511 = $fr(v489 - v487);
    const v512 = $fr(v510 + 1);
    const v513 = adv_lgamma(v512);
    const v514 = $fr(v511 + 1);
    const v515 = adv_lgamma(v514);
    const v516 = $fr(v513 - v515);
    const v517 = $fr(v510 - v511);
    const v518 = $fr(v517 + 1);
    const v519 = adv_lgamma(v518);
    const v520 = $fr(v516 - v519);
    const v521 = $fr(v509 + v520);
    const v522 = $fr(v495 + 1);
    const v523 = adv_lgamma(v522);
    const v524 = $fr(v489 + 1);
    const v525 = adv_lgamma(v524);
    const v526 = $fr(v523 - v525);
    const v527 = $fr(v495 - v489);
    const v528 = $fr(v527 + 1);
    const v529 = adv_lgamma(v528);
    const v530 = $fr(v526 - v529);
    const v531 = $fr(v521 - v530);
    const v532 = $fr(v531 + 0.000009999999747378752);
    let fold534 = 0;
    for (let k533 = v498; (k533 <= v500); k533 = (k533 + 1 | 0)) {
      const v535 = $fr(k533);
      const v536 = $fr(v535 + 1);
      const v537 = adv_lgamma(v536);
      const v538 = $fr(v502 - v537);
      const v539 = $fr(v491 - v535);
      const v540 = $fr(v539 + 1);
      const v541 = adv_lgamma(v540);
      const v542 = $fr(v538 - v541);
      const v543 = $fr(v489 - v535);
      const v544 = $fr(v543 + 1);
      const v545 = adv_lgamma(v544);
      const v546 = $fr(v513 - v545);
      const v547 = $fr(v510 - v543);
      const v548 = $fr(v547 + 1);
      const v549 = adv_lgamma(v548);
      const v550 = $fr(v546 - v549);
      const v551 = $fr(v542 + v550);
      const v552 = $fr(v551 - v530);
      const v553 = $fr(Math.exp(v552));
      const v554 = (v552 <= v532);
      const v555 = (v554 ? v553 : 0);
      fold534 = $fr(fold534 + v555);
    }
    F_v323[slot] = fold534;
  }
  // count table %377: its value for every presence count pair of the group (when fewer than its keys)
  const tabled377 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled377) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v556 = $fr(acc14 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v557 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v556);
      const v558 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v559 = $fr(v558 + v556);
      const v560 = $fr(v53 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v561 = $fr(v559 + v560);
      const v562 = $fr(v557 / v561);
      const v563 = (-v562);
      const v564 = $fr(Math.log2(v562));
      const v565 = $fr(v563 * v564);
      const v566 = (v562 > 0);
      const v567 = (v566 ? v565 : 0);
      const v568 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v560);
      const v569 = $fr(v568 / v561);
      const v570 = (-v569);
      const v571 = $fr(Math.log2(v569));
      const v572 = $fr(v570 * v571);
      const v573 = (v569 > 0);
      const v574 = (v573 ? v572 : 0);
      const v575 = $fr(v567 + v574);
      const v576 = $fr(v558 / v561);
      const v577 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v558);
      const v578 = (-v577);
      const v579 = $fr(Math.log2(v577));
      const v580 = $fr(v578 * v579);
      const v581 = (v577 > 0);
      const v582 = (v581 ? v580 : 0);
      const v583 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v558);
      const v584 = (-v583);
      const v585 = $fr(Math.log2(v583));
      const v586 = $fr(v584 * v585);
      const v587 = (v583 > 0);
      const v588 = (v587 ? v586 : 0);
      const v589 = $fr(v582 + v588);
      const v590 = (v558 > 0);
      const v591 = (v590 ? v589 : 0);
      const v592 = $fr(v576 * v591);
      const v593 = $fr(v556 + v560);
      const v594 = $fr(v593 / v561);
      const v595 = $fr(v556 / v593);
      const v596 = (-v595);
      const v597 = $fr(Math.log2(v595));
      const v598 = $fr(v596 * v597);
      const v599 = (v595 > 0);
      const v600 = (v599 ? v598 : 0);
      const v601 = $fr(v560 / v593);
      const v602 = (-v601);
      const v603 = $fr(Math.log2(v601));
      const v604 = $fr(v602 * v603);
      const v605 = (v601 > 0);
      const v606 = (v605 ? v604 : 0);
      const v607 = $fr(v600 + v606);
      const v608 = (v593 > 0);
      const v609 = (v608 ? v607 : 0);
      const v610 = $fr(v594 * v609);
      const v611 = $fr(v592 + v610);
      const v612 = $fr(v575 - v611);
      const v613 = (v561 > 0);
      const v614 = (v613 ? v612 : 0);
      F_table377[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v614;
    }
  }
  // key-map %377: once per distinct key of the group
  const nkeys377 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys377 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v615 = $fr(H[(u_oh_acc26 + slot | 0)] >>> 0);
    const v616 = F_v255[slot];
    const v617 = $fr(v615 + v616);
    const v618 = $fr(H[(u_oh_acc30 + slot | 0)] >>> 0);
    const v619 = $fr(v615 + v618);
    const v620 = $fr(v619 + v616);
    const v621 = F_v257[slot];
    const v622 = $fr(v620 + v621);
    const v623 = $fr(v617 / v622);
    const v624 = (-v623);
    const v625 = $fr(Math.log2(v623));
    const v626 = $fr(v624 * v625);
    const v627 = (v623 > 0);
    const v628 = (v627 ? v626 : 0);
    const v629 = $fr(v618 + v621);
    const v630 = $fr(v629 / v622);
    const v631 = (-v630);
    const v632 = $fr(Math.log2(v630));
    const v633 = $fr(v631 * v632);
    const v634 = (v630 > 0);
    const v635 = (v634 ? v633 : 0);
    const v636 = $fr(v628 + v635);
    const v637 = $fr(v619 / v622);
    const v638 = $fr(v615 / v619);
    const v639 = (-v638);
    const v640 = $fr(Math.log2(v638));
    const v641 = $fr(v639 * v640);
    const v642 = (v638 > 0);
    const v643 = (v642 ? v641 : 0);
    const v644 = $fr(v618 / v619);
    const v645 = (-v644);
    const v646 = $fr(Math.log2(v644));
    const v647 = $fr(v645 * v646);
    const v648 = (v644 > 0);
    const v649 = (v648 ? v647 : 0);
    const v650 = $fr(v643 + v649);
    const v651 = (v619 > 0);
    const v652 = (v651 ? v650 : 0);
    const v653 = $fr(v637 * v652);
    const v654 = $fr(v616 + v621);
    const v655 = $fr(v654 / v622);
    const v656 = $fr(v616 / v654);
    const v657 = (-v656);
    const v658 = $fr(Math.log2(v656));
    const v659 = $fr(v657 * v658);
    const v660 = (v656 > 0);
    const v661 = (v660 ? v659 : 0);
    const v662 = $fr(v621 / v654);
    const v663 = (-v662);
    const v664 = $fr(Math.log2(v662));
    const v665 = $fr(v663 * v664);
    const v666 = (v662 > 0);
    const v667 = (v666 ? v665 : 0);
    const v668 = $fr(v661 + v667);
    const v669 = (v654 > 0);
    const v670 = (v669 ? v668 : 0);
    const v671 = $fr(v655 * v670);
    const v672 = $fr(v653 + v671);
    const v673 = $fr(v636 - v672);
    const v674 = (v622 > 0);
    F_v377[slot] = (v674 ? v673 : 0);
  }
  // count table %389: its value for every presence count pair of the group (when fewer than its keys)
  const tabled389 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled389) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v675 = $fr(acc14 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v676 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v675);
      const v677 = $fr(v676 + 1.000000013351432e-10);
      const v678 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v677);
      const v679 = Math.min(Math.max(v678, 0), 1);
      const v680 = $fr(Math.sqrt(v679));
      const v681 = adv_asin(v680);
      const v682 = $fr(v53 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v683 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v682);
      const v684 = $fr(v683 + 1.000000013351432e-10);
      const v685 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v684);
      const v686 = Math.min(Math.max(v685, 0), 1);
      const v687 = $fr(Math.sqrt(v686));
      const v688 = adv_asin(v687);
      const v689 = $fr(v681 - v688);
      F_table389[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v689;
    }
  }
  // key-map %396: once per distinct key of the group
  const nkeys396 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys396 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v690 = $fr(H[(u_oh_acc26 + slot | 0)] >>> 0);
    const v691 = $fr(H[(u_oh_acc30 + slot | 0)] >>> 0);
    let v692 = 0;
    if (tabled389) {
      v692 = F_table389[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v690 > 0 ? (v690 < 4294967296 ? v690 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v691 > 0 ? (v691 < 4294967296 ? v691 >>> 0 | 0 : -1) : 0) | 0) | 0)];
    } else {
      const v693 = F_v255[slot];
      const v694 = $fr(v690 + v693);
      const v695 = $fr(v694 + 1.000000013351432e-10);
      const v696 = $fr(v690 / v695);
      const v697 = Math.min(Math.max(v696, 0), 1);
      const v698 = $fr(Math.sqrt(v697));
      const v699 = adv_asin(v698);
      const v700 = F_v257[slot];
      const v701 = $fr(v691 + v700);
      const v702 = $fr(v701 + 1.000000013351432e-10);
      const v703 = $fr(v691 / v702);
      const v704 = Math.min(Math.max(v703, 0), 1);
      const v705 = $fr(Math.sqrt(v704));
      const v706 = adv_asin(v705);
      v692 = $fr(v699 - v706);
    }
    const v707 = v692;
    const v708 = $fr(H[(u_oh_acc32 + slot | 0)] >>> 0);
    const v709 = $fr(v708 / acc20);
    const v710 = $fr(v709 * v376);
    const v711 = $fr(v709 + v384);
    const v712 = $fr(v710 / v711);
    const v713 = (v387 ? v712 : 0);
    const v714 = $fr(H[(u_oh_acc50 + slot | 0)] >>> 0);
    const v715 = $fr(v714 / acc22);
    const v716 = $fr(v715 * v376);
    const v717 = $fr(v715 + v397);
    const v718 = $fr(v716 / v717);
    const v719 = (v400 ? v718 : 0);
    const v720 = $fr(v719 + 0.000009999999747378752);
    const v721 = $fr(v713 / v720);
    const v722 = $fr(v713 + 0.000009999999747378752);
    const v723 = $fr(v719 / v722);
    const v724 = $fr(v721 - v723);
    const v725 = (v407 ? v724 : 0);
    F_v396[slot] = $fr(v707 + v725);
  }
  // reduce to group %413
  const v727 = $fr(acc401 / acc15);
  const v728 = $fr(acc399 + v727);
  const v730 = $fr(acc406 - acc399);
  const v731 = (v730 > 0);
  const v732 = (v731 ? v730 : 1);
  let acc413 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v726 = F_v9[row];
    const v729 = $fr(v726 - v728);
    const v733 = $fr(v729 / v732);
    const v734 = $fr(v733 * v733);
    acc413 = $fr(acc413 + v734);
  }
  if ((lid === 0)) {
    F_v413[g] = acc413;
  }
  const v736 = (acc15 > 1);
  const v737 = (v736 ? v728 : 0);
  const v739 = $fr(acc15 - 1);
  const v740 = $fr(acc413 / v739);
  const v741 = $fr(Math.sqrt(v740));
  const v742 = $fr(v741 * v732);
  const v743 = (v736 ? v742 : 1);
  const v744 = $fr(v743 + u_p_epsilon);
  // outputs out_advantages, out_key_values, out_key_a, out_key_b, out_key_c, out_key_d, out_key_p_value, out_key_information_gain, out_key_direction
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v735 = F_v9[row];
    const v738 = $fr(v735 - v737);
    const v745 = $fr(v738 / v744);
    const v746 = (v738 === 0);
    const v747 = (v746 ? 0 : v745);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw748 = H[(u_oh_slot_tok_1 + (Math.imul(row, u_T) + t | 0) | 0)];
      const v749 = F_v251[((sw748 !== (-1)) ? (sw748 & 2147483647) : 0)];
      const v750 = ((sw748 !== (-1)) ? v749 : 0);
      const v751 = $fr(v747 + v750);
      const v752 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v753 = $fr(v752);
      const v754 = $fr(v751 * v753);
      const v755 = v750;
      const sw756 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v757 = $fr(H[(u_oh_acc26 + ((sw756 !== (-1)) ? (sw756 & 2147483647) : 0) | 0)] >>> 0);
      const v758 = ((sw756 !== (-1)) ? v757 : 0);
      const v759 = v758;
      const v760 = $fr(H[(u_oh_acc30 + ((sw756 !== (-1)) ? (sw756 & 2147483647) : 0) | 0)] >>> 0);
      const v761 = ((sw756 !== (-1)) ? v760 : 0);
      const v762 = v761;
      const v763 = F_v255[((sw756 !== (-1)) ? (sw756 & 2147483647) : 0)];
      const v764 = ((sw756 !== (-1)) ? v763 : 0);
      const v765 = v764;
      const v766 = F_v257[((sw756 !== (-1)) ? (sw756 & 2147483647) : 0)];
      const v767 = ((sw756 !== (-1)) ? v766 : 0);
      const v768 = v767;
      const v769 = F_v323[((sw756 !== (-1)) ? (sw756 & 2147483647) : 0)];
      const v770 = ((sw756 !== (-1)) ? v769 : 0);
      const v771 = v770;
      const v772 = F_v377[((sw756 !== (-1)) ? (sw756 & 2147483647) : 0)];
      const v773 = ((sw756 !== (-1)) ? v772 : 0);
      const v774 = v773;
      const v775 = F_v396[((sw756 !== (-1)) ? (sw756 & 2147483647) : 0)];
      const v776 = ((sw756 !== (-1)) ? v775 : 0);
      const v777 = v776;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v754;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v755;
      F_out_key_a[(Math.imul(row, u_T) + t | 0)] = v759;
      F_out_key_b[(Math.imul(row, u_T) + t | 0)] = v762;
      F_out_key_c[(Math.imul(row, u_T) + t | 0)] = v765;
      F_out_key_d[(Math.imul(row, u_T) + t | 0)] = v768;
      F_out_key_p_value[(Math.imul(row, u_T) + t | 0)] = v771;
      F_out_key_information_gain[(Math.imul(row, u_T) + t | 0)] = v774;
      F_out_key_direction[(Math.imul(row, u_T) + t | 0)] = v777;
    }
  }
  // outputs out_rollout_advantage
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v778 = F_v9[row];
    const v779 = $fr(v778 - v737);
    const v780 = $fr(v779 / v744);
    const v781 = (v779 === 0);
    const v782 = (v781 ? 0 : v780);
    F_out_rollout_advantage[row] = v782;
  }
  // zero the rows of key tok this group used: the next run needs no clear
  {
    const lbase = I_vbase[g];
    const nk = H[(u_oh_count_tok + g | 0)];
    for (let i = 0; (i >>> 0 < nk >>> 0); i = (i + 1 | 0)) {
      H[((u_oh_seen_tok + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc26 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc30 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc32 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc50 + lbase | 0) + i | 0)] = 0;
    }
  }
  // zero the rows of key tok_1 this group used: the next run needs no clear
  {
    const lbase = I_vbase[g];
    const nk = H[(u_oh_count_tok_1 + g | 0)];
    for (let i = 0; (i >>> 0 < nk >>> 0); i = (i + 1 | 0)) {
      H[((u_oh_seen_tok_1 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc66 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc68 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc69 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc75 + lbase | 0) + i | 0)] = 0;
    }
  }
}
let u, $H, $F_token_level_rewards, $F_v9, $F_v14, $F_v15, $F_v399, $F_v406, $F_v18, $F_v20, $F_v22, $F_v401, $F_table217, $F_table229, $F_v251, $F_v255, $F_v257, $F_table323, $F_v323, $F_table377, $F_v377, $F_table389, $F_v396, $F_v413, $F_out_advantages, $F_out_key_values, $F_out_key_a, $F_out_key_b, $F_out_key_c, $F_out_key_d, $F_out_key_p_value, $F_out_key_information_gain, $F_out_key_direction, $F_out_rollout_advantage, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase, $I_korder, $I_responses;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v9 = f["v9"];
  $F_v14 = f["v14"];
  $F_v15 = f["v15"];
  $F_v399 = f["v399"];
  $F_v406 = f["v406"];
  $F_v18 = f["v18"];
  $F_v20 = f["v20"];
  $F_v22 = f["v22"];
  $F_v401 = f["v401"];
  $F_table217 = f["table217"];
  $F_table229 = f["table229"];
  $F_v251 = f["v251"];
  $F_v255 = f["v255"];
  $F_v257 = f["v257"];
  $F_table323 = f["table323"];
  $F_v323 = f["v323"];
  $F_table377 = f["table377"];
  $F_v377 = f["v377"];
  $F_table389 = f["table389"];
  $F_v396 = f["v396"];
  $F_v413 = f["v413"];
  $F_out_advantages = f["out_advantages"];
  $F_out_key_values = f["out_key_values"];
  $F_out_key_a = f["out_key_a"];
  $F_out_key_b = f["out_key_b"];
  $F_out_key_c = f["out_key_c"];
  $F_out_key_d = f["out_key_d"];
  $F_out_key_p_value = f["out_key_p_value"];
  $F_out_key_information_gain = f["out_key_information_gain"];
  $F_out_key_direction = f["out_key_direction"];
  $F_out_rollout_advantage = f["out_rollout_advantage"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
  $I_kbase = i["kbase"];
  $I_vbase = i["vbase"];
  $I_korder = i["korder"];
  $I_responses = i["responses"];
}
return { bind, stage0 };