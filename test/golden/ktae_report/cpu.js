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
  const u_oh_acc27 = u.oh_acc27;
  const u_oh_acc31 = u.oh_acc31;
  const u_oh_acc33 = u.oh_acc33;
  const u_oh_acc51 = u.oh_acc51;
  const u_oh_slot_tok = u.oh_slot_tok;
  const u_oh_count_tok = u.oh_count_tok;
  const u_N = u.N;
  const u_p_bm25_k1 = u.p_bm25_k1;
  const u_p_bm25_b = u.p_bm25_b;
  const u_p_gamma = u.p_gamma;
  const u_p_alpha = u.p_alpha;
  const u_p_beta = u.p_beta;
  const u_p_zero_token_id = u.p_zero_token_id;
  const u_p_top = u.p_top;
  const u_p_epsilon = u.p_epsilon;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const F_token_level_rewards = $F_token_level_rewards;
  const F_v9 = $F_v9;
  const F_v15 = $F_v15;
  const F_v16 = $F_v16;
  const F_v267 = $F_v267;
  const F_v274 = $F_v274;
  const I_response_mask = $I_response_mask;
  const F_v19 = $F_v19;
  const F_v21 = $F_v21;
  const F_v23 = $F_v23;
  const F_v269 = $F_v269;
  const I_kbase = $I_kbase;
  const I_vbase = $I_vbase;
  const I_korder = $I_korder;
  const I_responses = $I_responses;
  const H = $H;
  const F_v64 = $F_v64;
  const F_v65 = $F_v65;
  const F_table197 = $F_table197;
  const F_v197 = $F_v197;
  const F_table212 = $F_table212;
  const F_v220 = $F_v220;
  const F_table200 = $F_table200;
  const F_v234 = $F_v234;
  const F_table257 = $F_table257;
  const F_v257 = $F_v257;
  const F_v281 = $F_v281;
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
  // reduce to group %15, %16, %267, %274
  let acc15 = 0;
  let acc16 = 0;
  let acc267 = Infinity;
  let acc274 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v9[row];
    const v6 = (v5 > 0);
    const v7 = (v6 ? 1 : 0);
    acc15 = $fr(acc15 + v7);
    acc16 = $fr(acc16 + 1);
    acc267 = Math.min(acc267, v5);
    acc274 = Math.max(acc274, v5);
  }
  if ((lid === 0)) {
    F_v15[g] = acc15;
    F_v16[g] = acc16;
    F_v267[g] = acc267;
    F_v274[g] = acc274;
  }
  // reduce to rollout %19: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc19_0 = 0;
    let acc19_1 = 0;
    let acc19_2 = 0;
    let acc19_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        acc19_0 = $fr(acc19_0 + 1);
      }
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        acc19_1 = $fr(acc19_1 + 1);
      }
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        acc19_2 = $fr(acc19_2 + 1);
      }
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        acc19_3 = $fr(acc19_3 + 1);
      }
    }
    F_v19[row0] = acc19_0;
    F_v19[row1] = acc19_1;
    F_v19[row2] = acc19_2;
    F_v19[row3] = acc19_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc19 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        acc19 = $fr(acc19 + 1);
      }
    }
    F_v19[row] = acc19;
  }
  // reduce to group %21, %23, %269
  let acc21 = 0;
  let acc23 = 0;
  let acc269 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v8 = F_v19[row];
    const v9 = F_v9[row];
    const v10 = (v9 > 0);
    const v11 = (v10 ? v8 : 0);
    const v12 = (v10 ? 0 : v8);
    const v13 = $fr(v9 - acc267);
    acc21 = $fr(acc21 + v11);
    acc23 = $fr(acc23 + v12);
    acc269 = $fr(acc269 + v13);
  }
  if ((lid === 0)) {
    F_v21[g] = acc21;
    F_v23[g] = acc23;
    F_v269[g] = acc269;
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
                H[(((a26 !== 0) ? u_oh_acc27 : u_oh_acc31) + (word & 2147483647) | 0)] = (H[(((a26 !== 0) ? u_oh_acc27 : u_oh_acc31) + (word & 2147483647) | 0)] + add | 0);
              }
            }
            {
              const a28 = (v23 > 0 ? (v23 < 4294967296 ? v23 >>> 0 | 0 : -1) : 0);
              const a29 = (v25 > 0 ? (v25 < 4294967296 ? v25 >>> 0 | 0 : -1) : 0);
              const add = (a28 + a29 | 0);
              if ((add !== 0)) {
                H[(((a28 !== 0) ? u_oh_acc33 : u_oh_acc51) + (word & 2147483647) | 0)] = (H[(((a28 !== 0) ? u_oh_acc33 : u_oh_acc51) + (word & 2147483647) | 0)] + add | 0);
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
  // key-map %64: once per distinct key of the group
  const nkeys64 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys64 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v30 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
    F_v64[slot] = $fr(acc15 - v30);
  }
  const v31 = $fr(acc16 - acc15);
  // key-map %65: once per distinct key of the group
  const nkeys65 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys65 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v32 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
    F_v65[slot] = $fr(v31 - v32);
  }
  // count table %197: its value for every presence count pair of the group (when fewer than its keys)
  const tabled197 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled197) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v33 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v34 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v33);
      const v35 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v36 = $fr(v35 + v33);
      const v37 = $fr(v31 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v38 = $fr(v36 + v37);
      const v39 = $fr(v34 / v38);
      const v40 = (-v39);
      const v41 = $fr(Math.log2(v39));
      const v42 = $fr(v40 * v41);
      const v43 = (v39 > 0);
      const v44 = (v43 ? v42 : 0);
      const v45 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v37);
      const v46 = $fr(v45 / v38);
      const v47 = (-v46);
      const v48 = $fr(Math.log2(v46));
      const v49 = $fr(v47 * v48);
      const v50 = (v46 > 0);
      const v51 = (v50 ? v49 : 0);
      const v52 = $fr(v44 + v51);
      const v53 = $fr(v35 / v38);
      const v54 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v35);
      const v55 = (-v54);
      const v56 = $fr(Math.log2(v54));
      const v57 = $fr(v55 * v56);
      const v58 = (v54 > 0);
      const v59 = (v58 ? v57 : 0);
      const v60 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v35);
      const v61 = (-v60);
      const v62 = $fr(Math.log2(v60));
      const v63 = $fr(v61 * v62);
      const v64 = (v60 > 0);
      const v65 = (v64 ? v63 : 0);
      const v66 = $fr(v59 + v65);
      const v67 = (v35 > 0);
      const v68 = (v67 ? v66 : 0);
      const v69 = $fr(v53 * v68);
      const v70 = $fr(v33 + v37);
      const v71 = $fr(v70 / v38);
      const v72 = $fr(v33 / v70);
      const v73 = (-v72);
      const v74 = $fr(Math.log2(v72));
      const v75 = $fr(v73 * v74);
      const v76 = (v72 > 0);
      const v77 = (v76 ? v75 : 0);
      const v78 = $fr(v37 / v70);
      const v79 = (-v78);
      const v80 = $fr(Math.log2(v78));
      const v81 = $fr(v79 * v80);
      const v82 = (v78 > 0);
      const v83 = (v82 ? v81 : 0);
      const v84 = $fr(v77 + v83);
      const v85 = (v70 > 0);
      const v86 = (v85 ? v84 : 0);
      const v87 = $fr(v71 * v86);
      const v88 = $fr(v69 + v87);
      const v89 = $fr(v52 - v88);
      const v90 = (v38 > 0);
      const v91 = (v90 ? v89 : 0);
      F_table197[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v91;
    }
  }
  // key-map %197: once per distinct key of the group
  const nkeys197 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys197 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v92 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
    const v93 = F_v64[slot];
    const v94 = $fr(v92 + v93);
    const v95 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
    const v96 = $fr(v92 + v95);
    const v97 = $fr(v96 + v93);
    const v98 = F_v65[slot];
    const v99 = $fr(v97 + v98);
    const v100 = $fr(v94 / v99);
    const v101 = (-v100);
    const v102 = $fr(Math.log2(v100));
    const v103 = $fr(v101 * v102);
    const v104 = (v100 > 0);
    const v105 = (v104 ? v103 : 0);
    const v106 = $fr(v95 + v98);
    const v107 = $fr(v106 / v99);
    const v108 = (-v107);
    const v109 = $fr(Math.log2(v107));
    const v110 = $fr(v108 * v109);
    const v111 = (v107 > 0);
    const v112 = (v111 ? v110 : 0);
    const v113 = $fr(v105 + v112);
    const v114 = $fr(v96 / v99);
    const v115 = $fr(v92 / v96);
    const v116 = (-v115);
    const v117 = $fr(Math.log2(v115));
    const v118 = $fr(v116 * v117);
    const v119 = (v115 > 0);
    const v120 = (v119 ? v118 : 0);
    const v121 = $fr(v95 / v96);
    const v122 = (-v121);
    const v123 = $fr(Math.log2(v121));
    const v124 = $fr(v122 * v123);
    const v125 = (v121 > 0);
    const v126 = (v125 ? v124 : 0);
    const v127 = $fr(v120 + v126);
    const v128 = (v96 > 0);
    const v129 = (v128 ? v127 : 0);
    const v130 = $fr(v114 * v129);
    const v131 = $fr(v93 + v98);
    const v132 = $fr(v131 / v99);
    const v133 = $fr(v93 / v131);
    const v134 = (-v133);
    const v135 = $fr(Math.log2(v133));
    const v136 = $fr(v134 * v135);
    const v137 = (v133 > 0);
    const v138 = (v137 ? v136 : 0);
    const v139 = $fr(v98 / v131);
    const v140 = (-v139);
    const v141 = $fr(Math.log2(v139));
    const v142 = $fr(v140 * v141);
    const v143 = (v139 > 0);
    const v144 = (v143 ? v142 : 0);
    const v145 = $fr(v138 + v144);
    const v146 = (v131 > 0);
    const v147 = (v146 ? v145 : 0);
    const v148 = $fr(v132 * v147);
    const v149 = $fr(v130 + v148);
    const v150 = $fr(v113 - v149);
    const v151 = (v99 > 0);
    F_v197[slot] = (v151 ? v150 : 0);
  }
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const tabled212 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled212) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v152 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v153 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v152);
      const v154 = $fr(v153 + 1.000000013351432e-10);
      const v155 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v154);
      const v156 = Math.min(Math.max(v155, 0), 1);
      const v157 = $fr(Math.sqrt(v156));
      const v158 = adv_asin(v157);
      const v159 = $fr(v31 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v160 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v159);
      const v161 = $fr(v160 + 1.000000013351432e-10);
      const v162 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v161);
      const v163 = Math.min(Math.max(v162, 0), 1);
      const v164 = $fr(Math.sqrt(v163));
      const v165 = adv_asin(v164);
      const v166 = $fr(v158 - v165);
      F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v166;
    }
  }
  const v187 = $fr(u_p_bm25_k1 + 1);
  const v189 = $fr(1 - u_p_bm25_b);
  const v190 = $fr(u_p_bm25_b * acc21);
  const v191 = $fr(acc21 + acc23);
  const v192 = $fr(v191 / 2);
  const v193 = $fr(v190 / v192);
  const v194 = $fr(v189 + v193);
  const v195 = $fr(u_p_bm25_k1 * v194);
  const v198 = (acc21 > 0);
  const v203 = $fr(u_p_bm25_b * acc23);
  const v204 = $fr(acc23 + acc21);
  const v205 = $fr(v204 / 2);
  const v206 = $fr(v203 / v205);
  const v207 = $fr(v189 + v206);
  const v208 = $fr(u_p_bm25_k1 * v207);
  const v211 = (acc23 > 0);
  const v218 = (u_p_gamma !== 0);
  // key-map %220: once per distinct key of the group
  const nkeys220 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys220 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v167 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
    const v168 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
    let v169 = 0;
    if (tabled212) {
      v169 = F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v167 > 0 ? (v167 < 4294967296 ? v167 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v168 > 0 ? (v168 < 4294967296 ? v168 >>> 0 | 0 : -1) : 0) | 0) | 0)];
    } else {
      const v170 = F_v64[slot];
      const v171 = $fr(v167 + v170);
      const v172 = $fr(v171 + 1.000000013351432e-10);
      const v173 = $fr(v167 / v172);
      const v174 = Math.min(Math.max(v173, 0), 1);
      const v175 = $fr(Math.sqrt(v174));
      const v176 = adv_asin(v175);
      const v177 = F_v65[slot];
      const v178 = $fr(v168 + v177);
      const v179 = $fr(v178 + 1.000000013351432e-10);
      const v180 = $fr(v168 / v179);
      const v181 = Math.min(Math.max(v180, 0), 1);
      const v182 = $fr(Math.sqrt(v181));
      const v183 = adv_asin(v182);
      v169 = $fr(v176 - v183);
    }
    const v184 = v169;
    const v185 = $fr(H[(u_oh_acc33 + slot | 0)] >>> 0);
    const v186 = $fr(v185 / acc21);
    const v188 = $fr(v186 * v187);
    const v196 = $fr(v186 + v195);
    const v197 = $fr(v188 / v196);
    const v199 = (v198 ? v197 : 0);
    const v200 = $fr(H[(u_oh_acc51 + slot | 0)] >>> 0);
    const v201 = $fr(v200 / acc23);
    const v202 = $fr(v201 * v187);
    const v209 = $fr(v201 + v208);
    const v210 = $fr(v202 / v209);
    const v212 = (v211 ? v210 : 0);
    const v213 = $fr(v212 + 0.000009999999747378752);
    const v214 = $fr(v199 / v213);
    const v215 = $fr(v199 + 0.000009999999747378752);
    const v216 = $fr(v212 / v215);
    const v217 = $fr(v214 - v216);
    const v219 = (v218 ? v217 : 0);
    F_v220[slot] = $fr(v184 + v219);
  }
  const v220 = (u_p_alpha !== 0);
  const v361 = (u_p_beta !== 0);
  // count table %200: its value for every presence count pair of the group (when fewer than its keys)
  const tabled200 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled200) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v221 = 0;
      if (v220) {
        const v222 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v223 = $fr(v222 + $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v224 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v225 = $fr(v223 + v224);
        const v226 = $fr(v222 + v224);
        const v227 = $fr(v31 - $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v228 = $fr(v226 + v227);
        const v229 = $fr(v225 - v228);
        const v230 = Math.max(0, v229);
        const v231 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v224);
        const v232 = Math.min(v222, v231);
        const v233 = (v230 === v232);
        let v234 = 0;
        if (v233) {
          v234 = 0;
        } else {
          const v235 = $fr(v222 + v231);
          const v236 = $fr(v235 - v228);
          const v237 = Math.max(0, v236);
          const v238 = $i32f(v237);
          const v239 = $i32f(v232);
          const v240 = $fr(v231 + 1);
          const v241 = adv_lgamma(v240);
          const v242 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
          const v243 = adv_lgamma(v242);
          const v244 = $fr(v241 - v243);
          const v245 = $fr(v231 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v246 = $fr(v245 + 1);
          const v247 = adv_lgamma(v246);
          const v248 = $fr(v244 - v247);
          const v249 = $fr(v228 - v231);
          const v250 = $fr(v222 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v251 = $fr(v249 + 1);
          const v252 = adv_lgamma(v251);
          const v253 = $fr(v250 + 1);
          const v254 = adv_lgamma(v253);
          const v255 = $fr(v252 - v254);
          const v256 = $fr(v249 - v250);
          const v257 = $fr(v256 + 1);
          const v258 = adv_lgamma(v257);
          const v259 = $fr(v255 - v258);
          const v260 = $fr(v248 + v259);
          const v261 = $fr(v228 + 1);
          const v262 = adv_lgamma(v261);
          const v263 = $fr(v222 + 1);
          const v264 = adv_lgamma(v263);
          const v265 = $fr(v262 - v264);
          const v266 = $fr(v228 - v222);
          const v267 = $fr(v266 + 1);
          const v268 = adv_lgamma(v267);
          const v269 = $fr(v265 - v268);
          const v270 = $fr(v260 - v269);
          const v271 = $fr(v270 + 0.000009999999747378752);
          let fold273 = 0;
          for (let k272 = v238; (k272 <= v239); k272 = (k272 + 1 | 0)) {
            const v274 = $fr(k272);
            const v275 = $fr(v274 + 1);
            const v276 = adv_lgamma(v275);
            const v277 = $fr(v241 - v276);
            const v278 = $fr(v231 - v274);
            const v279 = $fr(v278 + 1);
            const v280 = adv_lgamma(v279);
            const v281 = $fr(v277 - v280);
            const v282 = $fr(v222 - v274);
            const v283 = $fr(v282 + 1);
            const v284 = adv_lgamma(v283);
            const v285 = $fr(v252 - v284);
            const v286 = $fr(v249 - v282);
            const v287 = $fr(v286 + 1);
            const v288 = adv_lgamma(v287);
            const v289 = $fr(v285 - v288);
            const v290 = $fr(v281 + v289);
            const v291 = $fr(v290 - v269);
            const v292 = $fr(Math.exp(v291));
            const v293 = (v291 <= v271);
            const v294 = (v293 ? v292 : 0);
            fold273 = $fr(fold273 + v294);
          }
          const v295 = fold273;
          const v296 = $fr((-2) * v295);
          const v297 = $fr(Math.exp(v296));
          v234 = v297;
        }
        const v298 = v234;
        const v299 = $fr(u_p_alpha * v298);
        v221 = v299;
      } else {
        v221 = 0;
      }
      const v300 = v221;
      const v301 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v302 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v301);
      const v303 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v304 = $fr(v303 + v301);
      const v305 = $fr(v31 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v306 = $fr(v304 + v305);
      const v307 = $fr(v302 / v306);
      const v308 = (-v307);
      const v309 = $fr(Math.log2(v307));
      const v310 = $fr(v308 * v309);
      const v311 = (v307 > 0);
      const v312 = (v311 ? v310 : 0);
      const v313 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v305);
      const v314 = $fr(v313 / v306);
      const v315 = (-v314);
      const v316 = $fr(Math.log2(v314));
      const v317 = $fr(v315 * v316);
      const v318 = (v314 > 0);
      const v319 = (v318 ? v317 : 0);
      const v320 = $fr(v312 + v319);
      const v321 = $fr(v303 / v306);
      const v322 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v303);
      const v323 = (-v322);
      const v324 = $fr(Math.log2(v322));
      const v325 = $fr(v323 * v324);
      const v326 = (v322 > 0);
      const v327 = (v326 ? v325 : 0);
      const v328 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v303);
      const v329 = (-v328);
      const v330 = $fr(Math.log2(v328));
      const v331 = $fr(v329 * v330);
      const v332 = (v328 > 0);
      const v333 = (v332 ? v331 : 0);
      const v334 = $fr(v327 + v333);
      const v335 = (v303 > 0);
      const v336 = (v335 ? v334 : 0);
      const v337 = $fr(v321 * v336);
      const v338 = $fr(v301 + v305);
      const v339 = $fr(v338 / v306);
      const v340 = $fr(v301 / v338);
      const v341 = (-v340);
      const v342 = $fr(Math.log2(v340));
      const v343 = $fr(v341 * v342);
      const v344 = (v340 > 0);
      const v345 = (v344 ? v343 : 0);
      const v346 = $fr(v305 / v338);
      const v347 = (-v346);
      const v348 = $fr(Math.log2(v346));
      const v349 = $fr(v347 * v348);
      const v350 = (v346 > 0);
      const v351 = (v350 ? v349 : 0);
      const v352 = $fr(v345 + v351);
      const v353 = (v338 > 0);
      const v354 = (v353 ? v352 : 0);
      const v355 = $fr(v339 * v354);
      const v356 = $fr(v337 + v355);
      const v357 = $fr(v320 - v356);
      const v358 = (v306 > 0);
      const v359 = (v358 ? v357 : 0);
      const v360 = $fr(u_p_beta * v359);
      const v362 = (v361 ? v360 : 0);
      const v363 = $fr(v300 + v362);
      F_table200[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v363;
    }
  }
  const v364 = (acc15 > 0);
  const v365 = (v31 > 0);
  const v366 = (v364 && v365);
  const v460 = $fr(u_p_alpha + u_p_beta);
  // key-map %234: once per distinct key of the group
  const nkeys234 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys234 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v367 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
    const v368 = (v367 !== u_p_zero_token_id);
    const v369 = (v366 && v368);
    let v370 = 0;
    if (v369) {
      const v371 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
      const v372 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
      let v373 = 0;
      if (tabled200) {
        v373 = F_table200[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v371 > 0 ? (v371 < 4294967296 ? v371 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v372 > 0 ? (v372 < 4294967296 ? v372 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        let v374 = 0;
        if (v220) {
          const v375 = $fr(v371 + v372);
          const v376 = $fr(v375 + v371);
          const v377 = F_v64[slot];
          const v378 = $fr(v376 + v377);
          const v379 = $fr(v375 + v377);
          const v380 = F_v65[slot];
          const v381 = $fr(v379 + v380);
          const v382 = $fr(v378 - v381);
          const v383 = Math.max(0, v382);
          const v384 = $fr(v371 + v377);
          const v385 = Math.min(v375, v384);
          const v386 = (v383 === v385);
          let v387 = 0;
          if (v386) {
            v387 = 0;
          } else {
            const v388 = $fr(v375 + v384);
            const v389 = $fr(v388 - v381);
            const v390 = Math.max(0, v389);
            const v391 = $i32f(v390);
            const v392 = $i32f(v385);
            const v393 = $fr(v384 + 1);
            const v394 = adv_lgamma(v393);
            const v395 = $fr(v371 + 1);
            const v396 = adv_lgamma(v395);
            const v397 = $fr(v394 - v396);
            const v398 = $fr(v384 - v371);
            const v399 = $fr(v398 + 1);
            const v400 = adv_lgamma(v399);
            const v401 = $fr(v397 - v400);
            const v402 = $fr(v381 - v384);
            const v403 = $fr(v375 - v371);
            const v404 = $fr(v402 + 1);
            const v405 = adv_lgamma(v404);
            const v406 = $fr(v403 + 1);
            const v407 = adv_lgamma(v406);
            const v408 = $fr(v405 - v407);
            const v409 = $fr(v402 - v403);
            const v410 = $fr(v409 + 1);
            const v411 = adv_lgamma(v410);
            const v412 = $fr(v408 - v411);
            const v413 = $fr(v401 + v412);
            const v414 = $fr(v381 + 1);
            const v415 = adv_lgamma(v414);
            const v416 = $fr(v375 + 1);
            const v417 = adv_lgamma(v416);
            const v418 = $fr(v415 - v417);
            const v419 = $fr(v381 - v375);
            const v420 = $fr(v419 + 1);
            const v421 = adv_lgamma(v420);
            const v422 = $fr(v418 - v421);
            const v423 = $fr(v413 - v422);
            const v424 = $fr(v423 + 0.000009999999747378752);
            let fold426 = 0;
            for (let k425 = v391; (k425 <= v392); k425 = (k425 + 1 | 0)) {
              const v427 = $fr(k425);
              const v428 = $fr(v427 + 1);
              const v429 = adv_lgamma(v428);
              const v430 = $fr(v394 - v429);
              const v431 = $fr(v384 - v427);
              const v432 = $fr(v431 + 1);
              const v433 = adv_lgamma(v432);
              const v434 = $fr(v430 - v433);
              const v435 = $fr(v375 - v427);
              const v436 = $fr(v435 + 1);
              const v437 = adv_lgamma(v436);
              const v438 = $fr(v405 - v437);
              const v439 = $fr(v402 - v435);
              const v440 = $fr(v439 + 1);
              const v441 = adv_lgamma(v440);
              const v442 = $fr(v438 - v441);
              const v443 = $fr(v434 + v442);
              const v444 = $fr(v443 - v422);
              const v445 = $fr(Math.exp(v444));
              const v446 = (v444 <= v424);
              const v447 = (v446 ? v445 : 0);
              fold426 = $fr(fold426 + v447);
            }
            const v448 = fold426;
            const v449 = $fr((-2) * v448);
            const v450 = $fr(Math.exp(v449));
            v387 = v450;
          }
          const v451 = v387;
          const v452 = $fr(u_p_alpha * v451);
          v374 = v452;
        } else {
          v374 = 0;
        }
        const v453 = v374;
        const v454 = F_v197[slot];
        const v455 = $fr(u_p_beta * v454);
        const v456 = (v361 ? v455 : 0);
        v373 = $fr(v453 + v456);
      }
      const v457 = v373;
      const v458 = F_v220[slot];
      const v459 = $fr(v457 * v458);
      const v461 = $fr(v459 / v460);
      const v462 = $fr(1 / $fr(1 + $fr(Math.exp((-v461)))));
      const v463 = $fr(v462 - 0.5);
      const v464 = $fr(v463 * 2);
      const v465 = $fr(v464 * u_p_top);
      v370 = v465;
    } else {
      v370 = 0;
    }
    F_v234[slot] = v370;
  }
  // count table %257: its value for every presence count pair of the group (when fewer than its keys)
  const tabled257 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled257) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v466 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v467 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v468 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v467);
      const v469 = $fr(v466 + v468);
      const v470 = $fr(v466 + v467);
      const v471 = $fr(v31 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v472 = $fr(v470 + v471);
      const v473 = $fr(v469 - v472);
      const v474 = Math.max(0, v473);
      const v475 = $i32f(v474);
      const v476 = Math.min(v466, v468);
      const v477 = $i32f(v476);
      const v478 = $fr(v468 + 1);
      const v479 = adv_lgamma(v478);
      const v480 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
      const v481 = adv_lgamma(v480);
      const v482 = $fr(v479 - v481);
      const v483 = $fr(v468 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v484 = $fr(v483 + 1);
      const v485 = adv_lgamma(v484);
      const v486 = $fr(v482 - v485);
      const v487 = $fr(v472 - v468);
      const v488 = $fr(v466 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v489 = $fr(v487 + 1);
      const v490 = adv_lgamma(v489);
      const v491 = $fr(v488 + 1);
      const v492 = adv_lgamma(v491);
      const v493 = $fr(v490 - v492);
      const v494 = $fr(v487 - v488);
      const v495 = $fr(v494 + 1);
      const v496 = adv_lgamma(v495);
      const v497 = $fr(v493 - v496);
      const v498 = $fr(v486 + v497);
      const v499 = $fr(v472 + 1);
      const v500 = adv_lgamma(v499);
      const v501 = $fr(v466 + 1);
      const v502 = adv_lgamma(v501);
      const v503 = $fr(v500 - v502);
      const v504 = $fr(v472 - v466);
      const v505 = $fr(v504 + 1);
      const v506 = adv_lgamma(v505);
      const v507 = $fr(v503 - v506);
      const v508 = $fr(v498 - v507);
      const v509 = $fr(v508 + 0.000009999999747378752);
      let fold511 = 0;
      for (let k510 = v475; (k510 <= v477); k510 = (k510 + 1 | 0)) {
        const v512 = $fr(k510);
        const v513 = $fr(v512 + 1);
        const v514 = adv_lgamma(v513);
        const v515 = $fr(v479 - v514);
        const v516 = $fr(v468 - v512);
        const v517 = $fr(v516 + 1);
        const v518 = adv_lgamma(v517);
        const v519 = $fr(v515 - v518);
        const v520 = $fr(v466 - v512);
        const v521 = $fr(v520 + 1);
        const v522 = adv_lgamma(v521);
        const v523 = $fr(v490 - v522);
        const v524 = $fr(v487 - v520);
        const v525 = $fr(v524 + 1);
        const v526 = adv_lgamma(v525);
        const v527 = $fr(v523 - v526);
        const v528 = $fr(v519 + v527);
        const v529 = $fr(v528 - v507);
        const v530 = $fr(Math.exp(v529));
        const v531 = (v529 <= v509);
        const v532 = (v531 ? v530 : 0);
        fold511 = $fr(fold511 + v532);
      }
      const v533 = fold511;
      F_table257[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v533;
    }
  }
  // key-map %257: once per distinct key of the group
  const nkeys257 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys257 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v534 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
    const v535 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
    const v536 = $fr(v534 + v535);
    const v537 = F_v64[slot];
    const v538 = $fr(v534 + v537);
    const v539 = $fr(v536 + v538);
    const v540 = $fr(v536 + v537);
    const v541 = F_v65[slot];
    const v542 = $fr(v540 + v541);
    const v543 = $fr(v539 - v542);
    const v544 = Math.max(0, v543);
    const v545 = $i32f(v544);
    const v546 = Math.min(v536, v538);
    const v547 = $i32f(v546);
    const v548 = $fr(v538 + 1);
    const v549 = adv_lgamma(v548);
    const v550 = $fr(v534 + 1);
    const v551 = adv_lgamma(v550);
    const v552 = $fr(v549 - v551);
    const v553 = $fr(v538 - v534);
    const v554 = $fr(v553 + 1);
    const v555 = adv_lgamma(v554);
    const v556 = $fr(v552 - v555);
    const v557 = $fr(v542 - v538);
    const v558 = $fr(v536 - v534);
    const v559 = $fr(v557 + 1);
    const v560 = adv_lgamma(v559);
    const v561 = $fr(v558 + 1);
    const v562 = adv_lgamma(v561);
    const v563 = $fr(v560 - v562);
    const v564 = $fr(v557 - v558);
    const v565 = $fr(v564 + 1);
    const v566 = adv_lgamma(v565);
    const v567 = $fr(v563 - v566);
    const v568 = $fr(v556 + v567);
    const v569 = $fr(v542 + 1);
    const v570 = adv_lgamma(v569);
    const v571 = $fr(v536 + 1);
    const v572 = adv_lgamma(v571);
    const v573 = $fr(v570 - v572);
    const v574 = $fr(v542 - v536);
    const v575 = $fr(v574 + 1);
    const v576 = adv_lgamma(v575);
    const v577 = $fr(v573 - v576);
    const v578 = $fr(v568 - v577);
    const v579 = $fr(v578 + 0.000009999999747378752);
    let fold581 = 0;
    for (let k580 = v545; (k580 <= v547); k580 = (k580 + 1 | 0)) {
      const v582 = $fr(k580);
      const v583 = $fr(v582 + 1);
      const v584 = adv_lgamma(v583);
      const v585 = $fr(v549 - v584);
      const v586 = $fr(v538 - v582);
      const v587 = $fr(v586 + 1);
      const v588 = adv_lgamma(v587);
      const v589 = $fr(v585 - v588);
      const v590 = $fr(v536 - v582);
      const v591 = $fr(v590 + 1);
      const v592 = adv_lgamma(v591);
      const v593 = $fr(v560 - v592);
      const v594 = $fr(v557 - v590);
      const v595 = $fr(v594 + 1);
      const v596 = adv_lgamma(v595);
      const v597 = $fr(v593 - v596);
      const v598 = $fr(v589 + v597);
      const v599 = $fr(v598 - v577);
      const v600 = $fr(Math.exp(v599));
      const v601 = (v599 <= v579);
      const v602 = (v601 ? v600 : 0);
      fold581 = $fr(fold581 + v602);
    }
    F_v257[slot] = fold581;
  }
  // reduce to group %281
  const v604 = $fr(acc269 / acc16);
  const v605 = $fr(acc267 + v604);
  const v607 = $fr(acc274 - acc267);
  const v608 = (v607 > 0);
  const v609 = (v608 ? v607 : 1);
  let acc281 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v603 = F_v9[row];
    const v606 = $fr(v603 - v605);
    const v610 = $fr(v606 / v609);
    const v611 = $fr(v610 * v610);
    acc281 = $fr(acc281 + v611);
  }
  if ((lid === 0)) {
    F_v281[g] = acc281;
  }
  const v613 = (acc16 > 1);
  const v614 = (v613 ? v605 : 0);
  const v616 = $fr(acc16 - 1);
  const v617 = $fr(acc281 / v616);
  const v618 = $fr(Math.sqrt(v617));
  const v619 = $fr(v618 * v609);
  const v620 = (v613 ? v619 : 1);
  const v621 = $fr(v620 + u_p_epsilon);
  // outputs out_advantages, out_key_values, out_key_a, out_key_b, out_key_c, out_key_d, out_key_p_value, out_key_information_gain, out_key_direction
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v612 = F_v9[row];
    const v615 = $fr(v612 - v614);
    const v622 = $fr(v615 / v621);
    const v623 = (v615 === 0);
    const v624 = (v623 ? 0 : v622);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw625 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v626 = F_v234[((sw625 !== (-1)) ? (sw625 & 2147483647) : 0)];
      const v627 = ((sw625 !== (-1)) ? v626 : 0);
      const v628 = $fr(v624 + v627);
      const v629 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v630 = $fr(v629);
      const v631 = $fr(v628 * v630);
      const v632 = v627;
      const v633 = $fr(H[(u_oh_acc27 + ((sw625 !== (-1)) ? (sw625 & 2147483647) : 0) | 0)] >>> 0);
      const v634 = ((sw625 !== (-1)) ? v633 : 0);
      const v635 = v634;
      const v636 = $fr(H[(u_oh_acc31 + ((sw625 !== (-1)) ? (sw625 & 2147483647) : 0) | 0)] >>> 0);
      const v637 = ((sw625 !== (-1)) ? v636 : 0);
      const v638 = v637;
      const v639 = F_v64[((sw625 !== (-1)) ? (sw625 & 2147483647) : 0)];
      const v640 = ((sw625 !== (-1)) ? v639 : 0);
      const v641 = v640;
      const v642 = F_v65[((sw625 !== (-1)) ? (sw625 & 2147483647) : 0)];
      const v643 = ((sw625 !== (-1)) ? v642 : 0);
      const v644 = v643;
      const v645 = F_v257[((sw625 !== (-1)) ? (sw625 & 2147483647) : 0)];
      const v646 = ((sw625 !== (-1)) ? v645 : 0);
      const v647 = v646;
      const v648 = F_v197[((sw625 !== (-1)) ? (sw625 & 2147483647) : 0)];
      const v649 = ((sw625 !== (-1)) ? v648 : 0);
      const v650 = v649;
      const v651 = F_v220[((sw625 !== (-1)) ? (sw625 & 2147483647) : 0)];
      const v652 = ((sw625 !== (-1)) ? v651 : 0);
      const v653 = v652;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v631;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v632;
      F_out_key_a[(Math.imul(row, u_T) + t | 0)] = v635;
      F_out_key_b[(Math.imul(row, u_T) + t | 0)] = v638;
      F_out_key_c[(Math.imul(row, u_T) + t | 0)] = v641;
      F_out_key_d[(Math.imul(row, u_T) + t | 0)] = v644;
      F_out_key_p_value[(Math.imul(row, u_T) + t | 0)] = v647;
      F_out_key_information_gain[(Math.imul(row, u_T) + t | 0)] = v650;
      F_out_key_direction[(Math.imul(row, u_T) + t | 0)] = v653;
    }
  }
  // outputs out_rollout_advantage
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v654 = F_v9[row];
    const v655 = $fr(v654 - v614);
    const v656 = $fr(v655 / v621);
    const v657 = (v655 === 0);
    const v658 = (v657 ? 0 : v656);
    F_out_rollout_advantage[row] = v658;
  }
  // zero the rows of key tok this group used: the next run needs no clear
  {
    const lbase = I_vbase[g];
    const nk = H[(u_oh_count_tok + g | 0)];
    for (let i = 0; (i >>> 0 < nk >>> 0); i = (i + 1 | 0)) {
      H[((u_oh_seen_tok + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc27 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc31 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc33 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc51 + lbase | 0) + i | 0)] = 0;
    }
  }
}
let u, $H, $F_token_level_rewards, $F_v9, $F_v15, $F_v16, $F_v267, $F_v274, $F_v19, $F_v21, $F_v23, $F_v269, $F_v64, $F_v65, $F_table197, $F_v197, $F_table212, $F_v220, $F_table200, $F_v234, $F_table257, $F_v257, $F_v281, $F_out_advantages, $F_out_key_values, $F_out_key_a, $F_out_key_b, $F_out_key_c, $F_out_key_d, $F_out_key_p_value, $F_out_key_information_gain, $F_out_key_direction, $F_out_rollout_advantage, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase, $I_korder, $I_responses;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v9 = f["v9"];
  $F_v15 = f["v15"];
  $F_v16 = f["v16"];
  $F_v267 = f["v267"];
  $F_v274 = f["v274"];
  $F_v19 = f["v19"];
  $F_v21 = f["v21"];
  $F_v23 = f["v23"];
  $F_v269 = f["v269"];
  $F_v64 = f["v64"];
  $F_v65 = f["v65"];
  $F_table197 = f["table197"];
  $F_v197 = f["v197"];
  $F_table212 = f["table212"];
  $F_v220 = f["v220"];
  $F_table200 = f["table200"];
  $F_v234 = f["v234"];
  $F_table257 = f["table257"];
  $F_v257 = f["v257"];
  $F_v281 = f["v281"];
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