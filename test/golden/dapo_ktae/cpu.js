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
  const u_p_max_response_length = u.p_max_response_length;
  const u_p_overlong_buffer_len = u.p_overlong_buffer_len;
  const u_p_overlong_penalty_factor = u.p_overlong_penalty_factor;
  const u_oh_table_tok = u.oh_table_tok;
  const u_oh_seen_tok = u.oh_seen_tok;
  const u_oh_acc39 = u.oh_acc39;
  const u_oh_acc43 = u.oh_acc43;
  const u_oh_acc45 = u.oh_acc45;
  const u_oh_acc63 = u.oh_acc63;
  const u_oh_keys_tok = u.oh_keys_tok;
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
  const I_response_mask = $I_response_mask;
  const F_v12 = $F_v12;
  const F_v16 = $F_v16;
  const F_v29 = $F_v29;
  const F_v30 = $F_v30;
  const F_v33 = $F_v33;
  const F_v35 = $F_v35;
  const F_v250 = $F_v250;
  const F_v252 = $F_v252;
  const F_v257 = $F_v257;
  const F_v273 = $F_v273;
  const F_v280 = $F_v280;
  const I_kbase = $I_kbase;
  const I_vbase = $I_vbase;
  const H = $H;
  const I_korder = $I_korder;
  const I_responses = $I_responses;
  const F_out_0folds = $F_out_0folds;
  const F_table212 = $F_table212;
  const F_table224 = $F_table224;
  const F_v246 = $F_v246;
  const F_v254 = $F_v254;
  const F_v275 = $F_v275;
  const F_v264 = $F_v264;
  const F_v287 = $F_v287;
  const F_out_advantages = $F_out_advantages;
  const F_out_key_values = $F_out_key_values;
  const F_out_keep_group = $F_out_keep_group;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %12, %16: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc12_0 = 0;
    let acc16_0 = 0;
    let acc12_1 = 0;
    let acc16_1 = 0;
    let acc12_2 = 0;
    let acc16_2 = 0;
    let acc12_3 = 0;
    let acc16_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc12_0 = $fr(acc12_0 + v0);
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        acc16_0 = $fr(acc16_0 + 1);
      }
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc12_1 = $fr(acc12_1 + v1);
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        acc16_1 = $fr(acc16_1 + 1);
      }
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc12_2 = $fr(acc12_2 + v2);
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        acc16_2 = $fr(acc16_2 + 1);
      }
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc12_3 = $fr(acc12_3 + v3);
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        acc16_3 = $fr(acc16_3 + 1);
      }
    }
    F_v12[row0] = acc12_0;
    F_v16[row0] = acc16_0;
    F_v12[row1] = acc12_1;
    F_v16[row1] = acc16_1;
    F_v12[row2] = acc12_2;
    F_v16[row2] = acc16_2;
    F_v12[row3] = acc12_3;
    F_v16[row3] = acc16_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc12 = 0;
    let acc16 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc12 = $fr(acc12 + v4);
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        acc16 = $fr(acc16 + 1);
      }
    }
    F_v12[row] = acc12;
    F_v16[row] = acc16;
  }
  // reduce to group %29, %30, %33, %35, %250, %252, %257, %273, %280
  const v7 = $fr(u_p_max_response_length - u_p_overlong_buffer_len);
  const v13 = (u_p_overlong_buffer_len > 0);
  let acc29 = 0;
  let acc30 = 0;
  let acc33 = 0;
  let acc35 = 0;
  let acc250 = 0;
  let acc252 = Infinity;
  let acc257 = (-Infinity);
  let acc273 = Infinity;
  let acc280 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v12[row];
    const v6 = F_v16[row];
    const v8 = $fr(v6 - v7);
    const v9 = (-v8);
    const v10 = $fr(v9 / u_p_overlong_buffer_len);
    const v11 = $fr(v10 * u_p_overlong_penalty_factor);
    const v12 = Math.min(v11, 0);
    const v14 = (v13 ? v12 : 0);
    const v15 = $fr(v5 + v14);
    const v16 = (v15 > 0);
    const v17 = (v16 ? 1 : 0);
    const v18 = (v16 ? v6 : 0);
    const v19 = (v16 ? 0 : v6);
    const v20 = (v5 > 0);
    const v21 = (v20 ? 1 : 0);
    acc29 = $fr(acc29 + v17);
    acc30 = $fr(acc30 + 1);
    acc33 = $fr(acc33 + v18);
    acc35 = $fr(acc35 + v19);
    acc250 = $fr(acc250 + 1);
    acc252 = Math.min(acc252, v21);
    acc257 = Math.max(acc257, v21);
    acc273 = Math.min(acc273, v15);
    acc280 = Math.max(acc280, v15);
  }
  if ((lid === 0)) {
    F_v29[g] = acc29;
    F_v30[g] = acc30;
    F_v33[g] = acc33;
    F_v35[g] = acc35;
    F_v250[g] = acc250;
    F_v252[g] = acc252;
    F_v257[g] = acc257;
    F_v273[g] = acc273;
    F_v280[g] = acc280;
  }
  // key-build tok: the group's rollouts in turn hash their valid tokens' keys; a key's first token in a rollout is marked
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
      H[((u_oh_table_tok + base | 0) + i | 0)] = 0;
    }
    const rows = (I_vbase[(g + 1 | 0)] - lbase | 0);
    let zeroed = 0;
    {
      const upto = $umin(rows, $udiv(Math.imul(used, 2), 3));
      for (let i = zeroed; (i >>> 0 < upto >>> 0); i = (i + 1 | 0)) {
        H[((u_oh_seen_tok + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc39 + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc43 + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc45 + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc63 + lbase | 0) + i | 0)] = 0;
      }
      zeroed = upto;
    }
    for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
      // longest rows first: the lanes' rows end together
      const row = I_korder[(m0 + j | 0)];
      const v24 = F_v12[row];
      const v25 = F_v16[row];
      const v26 = $fr(v25 - v7);
      const v27 = (-v26);
      const v28 = $fr(v27 / u_p_overlong_buffer_len);
      const v29 = $fr(v28 * u_p_overlong_penalty_factor);
      const v30 = Math.min(v29, 0);
      const v31 = (v13 ? v30 : 0);
      const v32 = $fr(v24 + v31);
      const v33 = (v32 > 0);
      const v34 = (!v33);
      let want = used;
      for (;;) {
        if (((want >>> 0 >= cap >>> 0) || (Math.imul((nk + u_T | 0), 3) >>> 0 <= Math.imul(want, 2) >>> 0))) {
          break;
        }
        want = Math.imul(want, 2);
      }
      if ((want !== used)) {
        for (let i = 0; (i >>> 0 < want >>> 0); i = (i + 1 | 0)) {
          H[((u_oh_table_tok + base | 0) + i | 0)] = 0;
        }
        used = want;
        {
          const upto = $umin(rows, $udiv(Math.imul(used, 2), 3));
          for (let i = zeroed; (i >>> 0 < upto >>> 0); i = (i + 1 | 0)) {
            H[((u_oh_seen_tok + lbase | 0) + i | 0)] = 0;
            H[((u_oh_acc39 + lbase | 0) + i | 0)] = 0;
            H[((u_oh_acc43 + lbase | 0) + i | 0)] = 0;
            H[((u_oh_acc45 + lbase | 0) + i | 0)] = 0;
            H[((u_oh_acc63 + lbase | 0) + i | 0)] = 0;
          }
          zeroed = upto;
        }
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
      for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
        const t = tt;
        let word = (-1);
        if ((I_response_mask[(Math.imul(row, u_T) + tt | 0)] !== 0)) {
          const v22 = I_responses[(Math.imul(row, u_T) + t | 0)];
          const key = v22;
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
                // a new key takes the group's next row (its zero-based values were zeroed when the table started or grew)
                r = (lbase + nk | 0);
                nk = (nk + 1 | 0);
                H[e] = (r + 1 | 0);
                H[(u_oh_keys_tok + r | 0)] = kk;
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
            const v23 = ((word >>> 31 | 0) !== 0);
            {
              const a35 = (v23 ? (v33 ? 1 : 0) : 0);
              const a36 = (v23 ? (v34 ? 1 : 0) : 0);
              const add = (a35 + a36 | 0);
              H[((v33 ? u_oh_acc39 : u_oh_acc43) + (word & 2147483647) | 0)] = (H[((v33 ? u_oh_acc39 : u_oh_acc43) + (word & 2147483647) | 0)] + add | 0);
            }
            {
              const a37 = (v33 ? 1 : 0);
              const a38 = (v33 ? 0 : 1);
              const add = (a37 + a38 | 0);
              H[((v33 ? u_oh_acc45 : u_oh_acc63) + (word & 2147483647) | 0)] = (H[((v33 ? u_oh_acc45 : u_oh_acc63) + (word & 2147483647) | 0)] + add | 0);
            }
          }
        }
        H[((u_oh_slot_tok + Math.imul(row, u_T) | 0) + tt | 0)] = word;
      }
    }
    H[(u_oh_count_tok + g | 0)] = nk;
  }
  const v39 = (u_p_alpha !== 0);
  const v46 = $fr(acc30 - acc29);
  const v184 = (u_p_beta !== 0);
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const tabled212 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled212) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v40 = 0;
      if (v39) {
        const v41 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v42 = $fr(v41 + $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v43 = $fr(acc29 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v44 = $fr(v42 + v43);
        const v45 = $fr(v41 + v43);
        const v47 = $fr(v46 - $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v48 = $fr(v45 + v47);
        const v49 = $fr(v44 - v48);
        const v50 = Math.max(0, v49);
        const v51 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v43);
        const v52 = Math.min(v41, v51);
        const v53 = (v50 === v52);
        let v54 = 0;
        if (v53) {
          v54 = 0;
        } else {
          const v57 = $fr(v41 + v51);
          const v58 = $fr(v57 - v48);
          const v59 = Math.max(0, v58);
          const v60 = $i32f(v59);
          const v61 = $i32f(v52);
          const lo55 = v60;
          const hi56 = v61;
          const v62 = $fr(v51 + 1);
          const v63 = adv_lgamma(v62);
          const v64 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
          const v65 = adv_lgamma(v64);
          const v66 = $fr(v63 - v65);
          const v67 = $fr(v51 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v68 = $fr(v67 + 1);
          const v69 = adv_lgamma(v68);
          const v70 = $fr(v66 - v69);
          const v71 = $fr(v48 - v51);
          const v72 = $fr(v41 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v73 = $fr(v71 + 1);
          const v74 = adv_lgamma(v73);
          const v75 = $fr(v72 + 1);
          const v76 = adv_lgamma(v75);
          const v77 = $fr(v74 - v76);
          const v78 = $fr(v71 - v72);
          const v79 = $fr(v78 + 1);
          const v80 = adv_lgamma(v79);
          const v81 = $fr(v77 - v80);
          const v82 = $fr(v70 + v81);
          const v83 = $fr(v48 + 1);
          const v84 = adv_lgamma(v83);
          const v85 = $fr(v41 + 1);
          const v86 = adv_lgamma(v85);
          const v87 = $fr(v84 - v86);
          const v88 = $fr(v48 - v41);
          const v89 = $fr(v88 + 1);
          const v90 = adv_lgamma(v89);
          const v91 = $fr(v87 - v90);
          const v92 = $fr(v82 - v91);
          const v93 = $fr(v92 + 0.000009999999747378752);
          let fold95 = 0;
          if ((hi56 >= lo55)) {
            if (((hi56 - lo55 | 0) >>> 0 < 1048576 >>> 0)) {
              for (let n117 = 0; (n117 >>> 0 <= (hi56 - lo55 | 0) >>> 0); n117 = (n117 + 1 | 0)) {
                const k94 = (lo55 + n117 | 0);
                const v96 = $fr(k94);
                const v97 = $fr(v96 + 1);
                const v98 = adv_lgamma(v97);
                const v99 = $fr(v63 - v98);
                const v100 = $fr(v51 - v96);
                const v101 = $fr(v100 + 1);
                const v102 = adv_lgamma(v101);
                const v103 = $fr(v99 - v102);
                const v104 = $fr(v41 - v96);
                const v105 = $fr(v104 + 1);
                const v106 = adv_lgamma(v105);
                const v107 = $fr(v74 - v106);
                const v108 = $fr(v71 - v104);
                const v109 = $fr(v108 + 1);
                const v110 = adv_lgamma(v109);
                const v111 = $fr(v107 - v110);
                const v112 = $fr(v103 + v111);
                const v113 = $fr(v112 - v91);
                const v114 = $fr(Math.exp(v113));
                const v115 = (v113 <= v93);
                const v116 = (v115 ? v114 : 0);
                fold95 = $fr(fold95 + v116);
              }
            } else {
              F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
            }
          }
          const v118 = fold95;
          const v119 = $fr((-2) * v118);
          const v120 = $fr(Math.exp(v119));
          v54 = v120;
        }
        const v121 = v54;
        const v122 = $fr(u_p_alpha * v121);
        v40 = v122;
      } else {
        v40 = 0;
      }
      const v123 = v40;
      const v124 = $fr(acc29 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v125 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v124);
      const v126 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v127 = $fr(v126 + v124);
      const v128 = $fr(v46 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v129 = $fr(v127 + v128);
      const v130 = $fr(v125 / v129);
      const v131 = (-v130);
      const v132 = $fr(Math.log2(v130));
      const v133 = $fr(v131 * v132);
      const v134 = (v130 > 0);
      const v135 = (v134 ? v133 : 0);
      const v136 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v128);
      const v137 = $fr(v136 / v129);
      const v138 = (-v137);
      const v139 = $fr(Math.log2(v137));
      const v140 = $fr(v138 * v139);
      const v141 = (v137 > 0);
      const v142 = (v141 ? v140 : 0);
      const v143 = $fr(v135 + v142);
      const v144 = $fr(v126 / v129);
      const v145 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v126);
      const v146 = (-v145);
      const v147 = $fr(Math.log2(v145));
      const v148 = $fr(v146 * v147);
      const v149 = (v145 > 0);
      const v150 = (v149 ? v148 : 0);
      const v151 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v126);
      const v152 = (-v151);
      const v153 = $fr(Math.log2(v151));
      const v154 = $fr(v152 * v153);
      const v155 = (v151 > 0);
      const v156 = (v155 ? v154 : 0);
      const v157 = $fr(v150 + v156);
      const v158 = (v126 > 0);
      const v159 = (v158 ? v157 : 0);
      const v160 = $fr(v144 * v159);
      const v161 = $fr(v124 + v128);
      const v162 = $fr(v161 / v129);
      const v163 = $fr(v124 / v161);
      const v164 = (-v163);
      const v165 = $fr(Math.log2(v163));
      const v166 = $fr(v164 * v165);
      const v167 = (v163 > 0);
      const v168 = (v167 ? v166 : 0);
      const v169 = $fr(v128 / v161);
      const v170 = (-v169);
      const v171 = $fr(Math.log2(v169));
      const v172 = $fr(v170 * v171);
      const v173 = (v169 > 0);
      const v174 = (v173 ? v172 : 0);
      const v175 = $fr(v168 + v174);
      const v176 = (v161 > 0);
      const v177 = (v176 ? v175 : 0);
      const v178 = $fr(v162 * v177);
      const v179 = $fr(v160 + v178);
      const v180 = $fr(v143 - v179);
      const v181 = (v129 > 0);
      const v182 = (v181 ? v180 : 0);
      const v183 = $fr(u_p_beta * v182);
      const v185 = (v184 ? v183 : 0);
      const v186 = $fr(v123 + v185);
      F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v186;
    }
  }
  // count table %224: its value for every presence count pair of the group (when fewer than its keys)
  const tabled224 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled224) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v187 = $fr(acc29 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v188 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v187);
      const v189 = $fr(v188 + 1.000000013351432e-10);
      const v190 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v189);
      const v191 = Math.min(Math.max(v190, 0), 1);
      const v192 = $fr(Math.sqrt(v191));
      const v193 = adv_asin(v192);
      const v194 = $fr(v46 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v195 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v194);
      const v196 = $fr(v195 + 1.000000013351432e-10);
      const v197 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v196);
      const v198 = Math.min(Math.max(v197, 0), 1);
      const v199 = $fr(Math.sqrt(v198));
      const v200 = adv_asin(v199);
      const v201 = $fr(v193 - v200);
      F_table224[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v201;
    }
  }
  const v202 = (acc29 > 0);
  const v203 = (v46 > 0);
  const v204 = (v202 && v203);
  const v375 = $fr(u_p_bm25_k1 + 1);
  const v377 = $fr(1 - u_p_bm25_b);
  const v378 = $fr(u_p_bm25_b * acc33);
  const v379 = $fr(acc33 + acc35);
  const v380 = $fr(v379 / 2);
  const v381 = $fr(v378 / v380);
  const v382 = $fr(v377 + v381);
  const v383 = $fr(u_p_bm25_k1 * v382);
  const v386 = (acc33 > 0);
  const v391 = $fr(u_p_bm25_b * acc35);
  const v392 = $fr(acc35 + acc33);
  const v393 = $fr(v392 / 2);
  const v394 = $fr(v391 / v393);
  const v395 = $fr(v377 + v394);
  const v396 = $fr(u_p_bm25_k1 * v395);
  const v399 = (acc35 > 0);
  const v406 = (u_p_gamma !== 0);
  const v410 = $fr(u_p_alpha + u_p_beta);
  // key-map %246: once per distinct key of the group
  const nkeys246 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys246 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v205 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
    const v206 = (v205 !== u_p_zero_token_id);
    const v207 = (v204 && v206);
    let v208 = 0;
    if (v207) {
      const v209 = $fr(H[(u_oh_acc39 + slot | 0)] >>> 0);
      const v210 = $fr(H[(u_oh_acc43 + slot | 0)] >>> 0);
      let v211 = 0;
      if (tabled212) {
        v211 = F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v209 > 0 ? (v209 < 4294967296 ? v209 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v210 > 0 ? (v210 < 4294967296 ? v210 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        let v212 = 0;
        if (v39) {
          const v213 = $fr(v209 + v210);
          const v214 = $fr(v213 + v209);
          const v215 = $fr(acc29 - v209);
          const v216 = $fr(v214 + v215);
          const v217 = $fr(v213 + v215);
          const v218 = $fr(v46 - v210);
          const v219 = $fr(v217 + v218);
          const v220 = $fr(v216 - v219);
          const v221 = Math.max(0, v220);
          const v222 = $fr(v209 + v215);
          const v223 = Math.min(v213, v222);
          const v224 = (v221 === v223);
          let v225 = 0;
          if (v224) {
            v225 = 0;
          } else {
            const v228 = $fr(v213 + v222);
            const v229 = $fr(v228 - v219);
            const v230 = Math.max(0, v229);
            const v231 = $i32f(v230);
            const v232 = $i32f(v223);
            const lo226 = v231;
            const hi227 = v232;
            const v233 = $fr(v222 + 1);
            const v234 = adv_lgamma(v233);
            const v235 = $fr(v209 + 1);
            const v236 = adv_lgamma(v235);
            const v237 = $fr(v234 - v236);
            const v238 = $fr(v222 - v209);
            const v239 = $fr(v238 + 1);
            const v240 = adv_lgamma(v239);
            const v241 = $fr(v237 - v240);
            const v242 = $fr(v219 - v222);
            const v243 = $fr(v213 - v209);
            const v244 = $fr(v242 + 1);
            const v245 = adv_lgamma(v244);
            const v246 = $fr(v243 + 1);
            const v247 = adv_lgamma(v246);
            const v248 = $fr(v245 - v247);
            const v249 = $fr(v242 - v243);
            const v250 = $fr(v249 + 1);
            const v251 = adv_lgamma(v250);
            const v252 = $fr(v248 - v251);
            const v253 = $fr(v241 + v252);
            const v254 = $fr(v219 + 1);
            const v255 = adv_lgamma(v254);
            const v256 = $fr(v213 + 1);
            const v257 = adv_lgamma(v256);
            const v258 = $fr(v255 - v257);
            const v259 = $fr(v219 - v213);
            const v260 = $fr(v259 + 1);
            const v261 = adv_lgamma(v260);
            const v262 = $fr(v258 - v261);
            const v263 = $fr(v253 - v262);
            const v264 = $fr(v263 + 0.000009999999747378752);
            let fold266 = 0;
            if ((hi227 >= lo226)) {
              if (((hi227 - lo226 | 0) >>> 0 < 1048576 >>> 0)) {
                for (let n288 = 0; (n288 >>> 0 <= (hi227 - lo226 | 0) >>> 0); n288 = (n288 + 1 | 0)) {
                  const k265 = (lo226 + n288 | 0);
                  const v267 = $fr(k265);
                  const v268 = $fr(v267 + 1);
                  const v269 = adv_lgamma(v268);
                  const v270 = $fr(v234 - v269);
                  const v271 = $fr(v222 - v267);
                  const v272 = $fr(v271 + 1);
                  const v273 = adv_lgamma(v272);
                  const v274 = $fr(v270 - v273);
                  const v275 = $fr(v213 - v267);
                  const v276 = $fr(v275 + 1);
                  const v277 = adv_lgamma(v276);
                  const v278 = $fr(v245 - v277);
                  const v279 = $fr(v242 - v275);
                  const v280 = $fr(v279 + 1);
                  const v281 = adv_lgamma(v280);
                  const v282 = $fr(v278 - v281);
                  const v283 = $fr(v274 + v282);
                  const v284 = $fr(v283 - v262);
                  const v285 = $fr(Math.exp(v284));
                  const v286 = (v284 <= v264);
                  const v287 = (v286 ? v285 : 0);
                  fold266 = $fr(fold266 + v287);
                }
              } else {
                F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
              }
            }
            const v289 = fold266;
            const v290 = $fr((-2) * v289);
            const v291 = $fr(Math.exp(v290));
            v225 = v291;
          }
          const v292 = v225;
          const v293 = $fr(u_p_alpha * v292);
          v212 = v293;
        } else {
          v212 = 0;
        }
        const v294 = v212;
        const v295 = $fr(acc29 - v209);
        const v296 = $fr(v209 + v295);
        const v297 = $fr(v209 + v210);
        const v298 = $fr(v297 + v295);
        const v299 = $fr(v46 - v210);
        const v300 = $fr(v298 + v299);
        const v301 = $fr(v296 / v300);
        const v302 = (-v301);
        const v303 = $fr(Math.log2(v301));
        const v304 = $fr(v302 * v303);
        const v305 = (v301 > 0);
        const v306 = (v305 ? v304 : 0);
        const v307 = $fr(v210 + v299);
        const v308 = $fr(v307 / v300);
        const v309 = (-v308);
        const v310 = $fr(Math.log2(v308));
        const v311 = $fr(v309 * v310);
        const v312 = (v308 > 0);
        const v313 = (v312 ? v311 : 0);
        const v314 = $fr(v306 + v313);
        const v315 = $fr(v297 / v300);
        const v316 = $fr(v209 / v297);
        const v317 = (-v316);
        const v318 = $fr(Math.log2(v316));
        const v319 = $fr(v317 * v318);
        const v320 = (v316 > 0);
        const v321 = (v320 ? v319 : 0);
        const v322 = $fr(v210 / v297);
        const v323 = (-v322);
        const v324 = $fr(Math.log2(v322));
        const v325 = $fr(v323 * v324);
        const v326 = (v322 > 0);
        const v327 = (v326 ? v325 : 0);
        const v328 = $fr(v321 + v327);
        const v329 = (v297 > 0);
        const v330 = (v329 ? v328 : 0);
        const v331 = $fr(v315 * v330);
        const v332 = $fr(v295 + v299);
        const v333 = $fr(v332 / v300);
        const v334 = $fr(v295 / v332);
        const v335 = (-v334);
        const v336 = $fr(Math.log2(v334));
        const v337 = $fr(v335 * v336);
        const v338 = (v334 > 0);
        const v339 = (v338 ? v337 : 0);
        const v340 = $fr(v299 / v332);
        const v341 = (-v340);
        const v342 = $fr(Math.log2(v340));
        const v343 = $fr(v341 * v342);
        const v344 = (v340 > 0);
        const v345 = (v344 ? v343 : 0);
        const v346 = $fr(v339 + v345);
        const v347 = (v332 > 0);
        const v348 = (v347 ? v346 : 0);
        const v349 = $fr(v333 * v348);
        const v350 = $fr(v331 + v349);
        const v351 = $fr(v314 - v350);
        const v352 = (v300 > 0);
        const v353 = (v352 ? v351 : 0);
        const v354 = $fr(u_p_beta * v353);
        const v355 = (v184 ? v354 : 0);
        v211 = $fr(v294 + v355);
      }
      const v356 = v211;
      let v357 = 0;
      if (tabled224) {
        v357 = F_table224[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v209 > 0 ? (v209 < 4294967296 ? v209 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v210 > 0 ? (v210 < 4294967296 ? v210 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        const v358 = $fr(acc29 - v209);
        const v359 = $fr(v209 + v358);
        const v360 = $fr(v359 + 1.000000013351432e-10);
        const v361 = $fr(v209 / v360);
        const v362 = Math.min(Math.max(v361, 0), 1);
        const v363 = $fr(Math.sqrt(v362));
        const v364 = adv_asin(v363);
        const v365 = $fr(v46 - v210);
        const v366 = $fr(v210 + v365);
        const v367 = $fr(v366 + 1.000000013351432e-10);
        const v368 = $fr(v210 / v367);
        const v369 = Math.min(Math.max(v368, 0), 1);
        const v370 = $fr(Math.sqrt(v369));
        const v371 = adv_asin(v370);
        v357 = $fr(v364 - v371);
      }
      const v372 = v357;
      const v373 = $fr(H[(u_oh_acc45 + slot | 0)] >>> 0);
      const v374 = $fr(v373 / acc33);
      const v376 = $fr(v374 * v375);
      const v384 = $fr(v374 + v383);
      const v385 = $fr(v376 / v384);
      const v387 = (v386 ? v385 : 0);
      const v388 = $fr(H[(u_oh_acc63 + slot | 0)] >>> 0);
      const v389 = $fr(v388 / acc35);
      const v390 = $fr(v389 * v375);
      const v397 = $fr(v389 + v396);
      const v398 = $fr(v390 / v397);
      const v400 = (v399 ? v398 : 0);
      const v401 = $fr(v400 + 0.000009999999747378752);
      const v402 = $fr(v387 / v401);
      const v403 = $fr(v387 + 0.000009999999747378752);
      const v404 = $fr(v400 / v403);
      const v405 = $fr(v402 - v404);
      const v407 = (v406 ? v405 : 0);
      const v408 = $fr(v372 + v407);
      const v409 = $fr(v356 * v408);
      const v411 = $fr(v409 / v410);
      const v412 = $fr(1 / $fr(1 + $fr(Math.exp((-v411)))));
      const v413 = $fr(v412 - 0.5);
      const v414 = $fr(v413 * 2);
      const v415 = $fr(v414 * u_p_top);
      v208 = v415;
    } else {
      v208 = 0;
    }
    F_v246[slot] = v208;
  }
  // reduce to group %254, %275
  let acc254 = 0;
  let acc275 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v416 = F_v12[row];
    const v417 = (v416 > 0);
    const v418 = (v417 ? 1 : 0);
    const v419 = $fr(v418 - acc252);
    const v420 = F_v16[row];
    const v421 = $fr(v420 - v7);
    const v422 = (-v421);
    const v423 = $fr(v422 / u_p_overlong_buffer_len);
    const v424 = $fr(v423 * u_p_overlong_penalty_factor);
    const v425 = Math.min(v424, 0);
    const v426 = (v13 ? v425 : 0);
    const v427 = $fr(v416 + v426);
    const v428 = $fr(v427 - acc273);
    acc254 = $fr(acc254 + v419);
    acc275 = $fr(acc275 + v428);
  }
  if ((lid === 0)) {
    F_v254[g] = acc254;
    F_v275[g] = acc275;
  }
  // reduce to group %264, %287
  const v432 = $fr(acc254 / acc250);
  const v433 = $fr(acc252 + v432);
  const v435 = $fr(acc257 - acc252);
  const v436 = (v435 > 0);
  const v437 = (v436 ? v435 : 1);
  const v448 = $fr(acc275 / acc30);
  const v449 = $fr(acc273 + v448);
  const v451 = $fr(acc280 - acc273);
  const v452 = (v451 > 0);
  const v453 = (v452 ? v451 : 1);
  let acc264 = 0;
  let acc287 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v429 = F_v12[row];
    const v430 = (v429 > 0);
    const v431 = (v430 ? 1 : 0);
    const v434 = $fr(v431 - v433);
    const v438 = $fr(v434 / v437);
    const v439 = $fr(v438 * v438);
    const v440 = F_v16[row];
    const v441 = $fr(v440 - v7);
    const v442 = (-v441);
    const v443 = $fr(v442 / u_p_overlong_buffer_len);
    const v444 = $fr(v443 * u_p_overlong_penalty_factor);
    const v445 = Math.min(v444, 0);
    const v446 = (v13 ? v445 : 0);
    const v447 = $fr(v429 + v446);
    const v450 = $fr(v447 - v449);
    const v454 = $fr(v450 / v453);
    const v455 = $fr(v454 * v454);
    acc264 = $fr(acc264 + v439);
    acc287 = $fr(acc287 + v455);
  }
  if ((lid === 0)) {
    F_v264[g] = acc264;
    F_v287[g] = acc287;
  }
  const v465 = (acc30 > 1);
  const v466 = (v465 ? v449 : 0);
  const v468 = $fr(acc30 - 1);
  const v469 = $fr(acc287 / v468);
  const v470 = $fr(Math.sqrt(v469));
  const v471 = $fr(v470 * v453);
  const v472 = (v465 ? v471 : 1);
  const v473 = $fr(v472 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v456 = F_v12[row];
    const v457 = F_v16[row];
    const v458 = $fr(v457 - v7);
    const v459 = (-v458);
    const v460 = $fr(v459 / u_p_overlong_buffer_len);
    const v461 = $fr(v460 * u_p_overlong_penalty_factor);
    const v462 = Math.min(v461, 0);
    const v463 = (v13 ? v462 : 0);
    const v464 = $fr(v456 + v463);
    const v467 = $fr(v464 - v466);
    const v474 = $fr(v467 / v473);
    const v475 = (v467 === 0);
    const v476 = (v475 ? 0 : v474);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw477 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v478 = F_v246[((sw477 !== (-1)) ? (sw477 & 2147483647) : 0)];
      const v479 = ((sw477 !== (-1)) ? v478 : 0);
      const v480 = $fr(v476 + v479);
      const v481 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v482 = $fr(v481);
      const v483 = $fr(v480 * v482);
      const v484 = v479;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v483;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v484;
    }
  }
  const v485 = (acc250 === 1);
  const v486 = $fr(acc264 / acc250);
  const v487 = $fr(Math.sqrt(v486));
  const v488 = $fr(v487 * v437);
  const v489 = (v488 > 0);
  const v490 = (v485 || v489);
  const v491 = (v490 ? 1 : 0);
  // outputs out_keep_group
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v492 = v491;
    F_out_keep_group[row] = v492;
  }
}
let u, $H, $F_token_level_rewards, $F_v12, $F_v16, $F_v29, $F_v30, $F_v33, $F_v35, $F_v250, $F_v252, $F_v257, $F_v273, $F_v280, $F_out_0folds, $F_table212, $F_table224, $F_v246, $F_v254, $F_v275, $F_v264, $F_v287, $F_out_advantages, $F_out_key_values, $F_out_keep_group, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase, $I_korder, $I_responses;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v12 = f["v12"];
  $F_v16 = f["v16"];
  $F_v29 = f["v29"];
  $F_v30 = f["v30"];
  $F_v33 = f["v33"];
  $F_v35 = f["v35"];
  $F_v250 = f["v250"];
  $F_v252 = f["v252"];
  $F_v257 = f["v257"];
  $F_v273 = f["v273"];
  $F_v280 = f["v280"];
  $F_out_0folds = f["out_0folds"];
  $F_table212 = f["table212"];
  $F_table224 = f["table224"];
  $F_v246 = f["v246"];
  $F_v254 = f["v254"];
  $F_v275 = f["v275"];
  $F_v264 = f["v264"];
  $F_v287 = f["v287"];
  $F_out_advantages = f["out_advantages"];
  $F_out_key_values = f["out_key_values"];
  $F_out_keep_group = f["out_keep_group"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
  $I_kbase = i["kbase"];
  $I_vbase = i["vbase"];
  $I_korder = i["korder"];
  $I_responses = i["responses"];
}
return { bind, stage0 };