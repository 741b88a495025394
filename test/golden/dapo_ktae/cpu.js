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
  const u_oh_keys_tok = u.oh_keys_tok;
  const u_oh_seen_tok = u.oh_seen_tok;
  const u_oh_acc39 = u.oh_acc39;
  const u_oh_acc43 = u.oh_acc43;
  const u_oh_acc45 = u.oh_acc45;
  const u_oh_acc63 = u.oh_acc63;
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
      const valid_0 = (I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0);
      acc16_0 = (acc16_0 + (valid_0 ? 1 : 0) | 0);
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc12_1 = $fr(acc12_1 + v1);
      const valid_1 = (I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0);
      acc16_1 = (acc16_1 + (valid_1 ? 1 : 0) | 0);
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc12_2 = $fr(acc12_2 + v2);
      const valid_2 = (I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0);
      acc16_2 = (acc16_2 + (valid_2 ? 1 : 0) | 0);
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc12_3 = $fr(acc12_3 + v3);
      const valid_3 = (I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0);
      acc16_3 = (acc16_3 + (valid_3 ? 1 : 0) | 0);
    }
    F_v12[row0] = acc12_0;
    F_v16[row0] = $fr(acc16_0 >>> 0);
    F_v12[row1] = acc12_1;
    F_v16[row1] = $fr(acc16_1 >>> 0);
    F_v12[row2] = acc12_2;
    F_v16[row2] = $fr(acc16_2 >>> 0);
    F_v12[row3] = acc12_3;
    F_v16[row3] = $fr(acc16_3 >>> 0);
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc12 = 0;
    let acc16 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc12 = $fr(acc12 + v4);
      const valid = (I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0);
      acc16 = (acc16 + (valid ? 1 : 0) | 0);
    }
    F_v12[row] = acc12;
    F_v16[row] = $fr(acc16 >>> 0);
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
    acc30 = (acc30 + 1 | 0);
    acc33 = $fr(acc33 + v18);
    acc35 = $fr(acc35 + v19);
    acc250 = (acc250 + 1 | 0);
    acc252 = Math.min(acc252, v21);
    acc257 = Math.max(acc257, v21);
    acc273 = Math.min(acc273, v15);
    acc280 = Math.max(acc280, v15);
  }
  if ((lid === 0)) {
    F_v29[g] = acc29;
    F_v30[g] = $fr(acc30 >>> 0);
    F_v33[g] = acc33;
    F_v35[g] = acc35;
    F_v250[g] = $fr(acc250 >>> 0);
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
                // a new key takes the group's next row, its values their starting ones
                r = (lbase + nk | 0);
                nk = (nk + 1 | 0);
                H[e] = (r + 1 | 0);
                H[(u_oh_keys_tok + r | 0)] = kk;
                H[(u_oh_seen_tok + r | 0)] = 0;
                H[(u_oh_acc39 + r | 0)] = 0;
                H[(u_oh_acc43 + r | 0)] = 0;
                H[(u_oh_acc45 + r | 0)] = 0;
                H[(u_oh_acc63 + r | 0)] = 0;
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
  let bound39 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v39 = F_v12[row];
    const v40 = F_v16[row];
    const v41 = $fr(v40 - v7);
    const v42 = (-v41);
    const v43 = $fr(v42 / u_p_overlong_buffer_len);
    const v44 = $fr(v43 * u_p_overlong_penalty_factor);
    const v45 = Math.min(v44, 0);
    const v46 = (v13 ? v45 : 0);
    const v47 = $fr(v39 + v46);
    const v48 = (v47 > 0);
    bound39 = (bound39 + (v48 ? 1 : 0) | 0);
  }
  let bound43 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v49 = F_v12[row];
    const v50 = F_v16[row];
    const v51 = $fr(v50 - v7);
    const v52 = (-v51);
    const v53 = $fr(v52 / u_p_overlong_buffer_len);
    const v54 = $fr(v53 * u_p_overlong_penalty_factor);
    const v55 = Math.min(v54, 0);
    const v56 = (v13 ? v55 : 0);
    const v57 = $fr(v49 + v56);
    const v58 = (v57 > 0);
    const v59 = (!v58);
    bound43 = (bound43 + (v59 ? 1 : 0) | 0);
  }
  const v60 = (u_p_alpha !== 0);
  const v67 = $fr($fr(acc30 >>> 0) - acc29);
  const v205 = (u_p_beta !== 0);
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const tabled212 = (Math.imul((bound39 + 1 | 0), (bound43 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled212) {
    for (let i = lid; (i >>> 0 < Math.imul((bound39 + 1 | 0), (bound43 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v61 = 0;
      if (v60) {
        const v62 = $fr($fr($udiv(i, (bound43 + 1 | 0)) >>> 0) + $fr($umod(i, (bound43 + 1 | 0)) >>> 0));
        const v63 = $fr(v62 + $fr($udiv(i, (bound43 + 1 | 0)) >>> 0));
        const v64 = $fr(acc29 - $fr($udiv(i, (bound43 + 1 | 0)) >>> 0));
        const v65 = $fr(v63 + v64);
        const v66 = $fr(v62 + v64);
        const v68 = $fr(v67 - $fr($umod(i, (bound43 + 1 | 0)) >>> 0));
        const v69 = $fr(v66 + v68);
        const v70 = $fr(v65 - v69);
        const v71 = Math.max(0, v70);
        const v72 = $fr($fr($udiv(i, (bound43 + 1 | 0)) >>> 0) + v64);
        const v73 = Math.min(v62, v72);
        const v74 = (v71 === v73);
        let v75 = 0;
        if (v74) {
          v75 = 0;
        } else {
          const v78 = $fr(v62 + v72);
          const v79 = $fr(v78 - v69);
          const v80 = Math.max(0, v79);
          const v81 = $i32f(v80);
          const v82 = $i32f(v73);
          const lo76 = v81;
          const hi77 = v82;
          const v83 = $fr(v72 + 1);
          const v84 = adv_lgamma(v83);
          const v85 = $fr($fr($udiv(i, (bound43 + 1 | 0)) >>> 0) + 1);
          const v86 = adv_lgamma(v85);
          const v87 = $fr(v84 - v86);
          const v88 = $fr(v72 - $fr($udiv(i, (bound43 + 1 | 0)) >>> 0));
          const v89 = $fr(v88 + 1);
          const v90 = adv_lgamma(v89);
          const v91 = $fr(v87 - v90);
          const v92 = $fr(v69 - v72);
          const v93 = $fr(v62 - $fr($udiv(i, (bound43 + 1 | 0)) >>> 0));
          const v94 = $fr(v92 + 1);
          const v95 = adv_lgamma(v94);
          const v96 = $fr(v93 + 1);
          const v97 = adv_lgamma(v96);
          const v98 = $fr(v95 - v97);
          const v99 = $fr(v92 - v93);
          const v100 = $fr(v99 + 1);
          const v101 = adv_lgamma(v100);
          const v102 = $fr(v98 - v101);
          const v103 = $fr(v91 + v102);
          const v104 = $fr(v69 + 1);
          const v105 = adv_lgamma(v104);
          const v106 = $fr(v62 + 1);
          const v107 = adv_lgamma(v106);
          const v108 = $fr(v105 - v107);
          const v109 = $fr(v69 - v62);
          const v110 = $fr(v109 + 1);
          const v111 = adv_lgamma(v110);
          const v112 = $fr(v108 - v111);
          const v113 = $fr(v103 - v112);
          const v114 = $fr(v113 + 0.000009999999747378752);
          let fold116 = 0;
          if ((hi77 >= lo76)) {
            if (((hi77 - lo76 | 0) >>> 0 < 1048576 >>> 0)) {
              for (let n138 = 0; (n138 >>> 0 <= (hi77 - lo76 | 0) >>> 0); n138 = (n138 + 1 | 0)) {
                const k115 = (lo76 + n138 | 0);
                const v117 = $fr(k115);
                const v118 = $fr(v117 + 1);
                const v119 = adv_lgamma(v118);
                const v120 = $fr(v84 - v119);
                const v121 = $fr(v72 - v117);
                const v122 = $fr(v121 + 1);
                const v123 = adv_lgamma(v122);
                const v124 = $fr(v120 - v123);
                const v125 = $fr(v62 - v117);
                const v126 = $fr(v125 + 1);
                const v127 = adv_lgamma(v126);
                const v128 = $fr(v95 - v127);
                const v129 = $fr(v92 - v125);
                const v130 = $fr(v129 + 1);
                const v131 = adv_lgamma(v130);
                const v132 = $fr(v128 - v131);
                const v133 = $fr(v124 + v132);
                const v134 = $fr(v133 - v112);
                const v135 = $fr(Math.exp(v134));
                const v136 = (v134 <= v114);
                const v137 = (v136 ? v135 : 0);
                fold116 = $fr(fold116 + v137);
              }
            } else {
              F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
            }
          }
          const v139 = fold116;
          const v140 = $fr((-2) * v139);
          const v141 = $fr(Math.exp(v140));
          v75 = v141;
        }
        const v142 = v75;
        const v143 = $fr(u_p_alpha * v142);
        v61 = v143;
      } else {
        v61 = 0;
      }
      const v144 = v61;
      const v145 = $fr(acc29 - $fr($udiv(i, (bound43 + 1 | 0)) >>> 0));
      const v146 = $fr($fr($udiv(i, (bound43 + 1 | 0)) >>> 0) + v145);
      const v147 = $fr($fr($udiv(i, (bound43 + 1 | 0)) >>> 0) + $fr($umod(i, (bound43 + 1 | 0)) >>> 0));
      const v148 = $fr(v147 + v145);
      const v149 = $fr(v67 - $fr($umod(i, (bound43 + 1 | 0)) >>> 0));
      const v150 = $fr(v148 + v149);
      const v151 = $fr(v146 / v150);
      const v152 = (-v151);
      const v153 = $fr(Math.log2(v151));
      const v154 = $fr(v152 * v153);
      const v155 = (v151 > 0);
      const v156 = (v155 ? v154 : 0);
      const v157 = $fr($fr($umod(i, (bound43 + 1 | 0)) >>> 0) + v149);
      const v158 = $fr(v157 / v150);
      const v159 = (-v158);
      const v160 = $fr(Math.log2(v158));
      const v161 = $fr(v159 * v160);
      const v162 = (v158 > 0);
      const v163 = (v162 ? v161 : 0);
      const v164 = $fr(v156 + v163);
      const v165 = $fr(v147 / v150);
      const v166 = $fr($fr($udiv(i, (bound43 + 1 | 0)) >>> 0) / v147);
      const v167 = (-v166);
      const v168 = $fr(Math.log2(v166));
      const v169 = $fr(v167 * v168);
      const v170 = (v166 > 0);
      const v171 = (v170 ? v169 : 0);
      const v172 = $fr($fr($umod(i, (bound43 + 1 | 0)) >>> 0) / v147);
      const v173 = (-v172);
      const v174 = $fr(Math.log2(v172));
      const v175 = $fr(v173 * v174);
      const v176 = (v172 > 0);
      const v177 = (v176 ? v175 : 0);
      const v178 = $fr(v171 + v177);
      const v179 = (v147 > 0);
      const v180 = (v179 ? v178 : 0);
      const v181 = $fr(v165 * v180);
      const v182 = $fr(v145 + v149);
      const v183 = $fr(v182 / v150);
      const v184 = $fr(v145 / v182);
      const v185 = (-v184);
      const v186 = $fr(Math.log2(v184));
      const v187 = $fr(v185 * v186);
      const v188 = (v184 > 0);
      const v189 = (v188 ? v187 : 0);
      const v190 = $fr(v149 / v182);
      const v191 = (-v190);
      const v192 = $fr(Math.log2(v190));
      const v193 = $fr(v191 * v192);
      const v194 = (v190 > 0);
      const v195 = (v194 ? v193 : 0);
      const v196 = $fr(v189 + v195);
      const v197 = (v182 > 0);
      const v198 = (v197 ? v196 : 0);
      const v199 = $fr(v183 * v198);
      const v200 = $fr(v181 + v199);
      const v201 = $fr(v164 - v200);
      const v202 = (v150 > 0);
      const v203 = (v202 ? v201 : 0);
      const v204 = $fr(u_p_beta * v203);
      const v206 = (v205 ? v204 : 0);
      const v207 = $fr(v144 + v206);
      F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound43 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound43 + 1 | 0)) | 0) | 0)] = v207;
    }
  }
  // count table %224: its value for every presence count pair of the group (when fewer than its keys)
  const tabled224 = (Math.imul((bound39 + 1 | 0), (bound43 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled224) {
    for (let i = lid; (i >>> 0 < Math.imul((bound39 + 1 | 0), (bound43 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v208 = $fr(acc29 - $fr($udiv(i, (bound43 + 1 | 0)) >>> 0));
      const v209 = $fr($fr($udiv(i, (bound43 + 1 | 0)) >>> 0) + v208);
      const v210 = $fr(v209 + 1.000000013351432e-10);
      const v211 = $fr($fr($udiv(i, (bound43 + 1 | 0)) >>> 0) / v210);
      const v212 = Math.min(Math.max(v211, 0), 1);
      const v213 = $fr(Math.sqrt(v212));
      const v214 = adv_asin(v213);
      const v215 = $fr(v67 - $fr($umod(i, (bound43 + 1 | 0)) >>> 0));
      const v216 = $fr($fr($umod(i, (bound43 + 1 | 0)) >>> 0) + v215);
      const v217 = $fr(v216 + 1.000000013351432e-10);
      const v218 = $fr($fr($umod(i, (bound43 + 1 | 0)) >>> 0) / v217);
      const v219 = Math.min(Math.max(v218, 0), 1);
      const v220 = $fr(Math.sqrt(v219));
      const v221 = adv_asin(v220);
      const v222 = $fr(v214 - v221);
      F_table224[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound43 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound43 + 1 | 0)) | 0) | 0)] = v222;
    }
  }
  const v223 = (acc29 > 0);
  const v224 = (v67 > 0);
  const v225 = (v223 && v224);
  const v396 = $fr(u_p_bm25_k1 + 1);
  const v398 = $fr(1 - u_p_bm25_b);
  const v399 = $fr(u_p_bm25_b * acc33);
  const v400 = $fr(acc33 + acc35);
  const v401 = $fr(v400 / 2);
  const v402 = $fr(v399 / v401);
  const v403 = $fr(v398 + v402);
  const v404 = $fr(u_p_bm25_k1 * v403);
  const v407 = (acc33 > 0);
  const v412 = $fr(u_p_bm25_b * acc35);
  const v413 = $fr(acc35 + acc33);
  const v414 = $fr(v413 / 2);
  const v415 = $fr(v412 / v414);
  const v416 = $fr(v398 + v415);
  const v417 = $fr(u_p_bm25_k1 * v416);
  const v420 = (acc35 > 0);
  const v427 = (u_p_gamma !== 0);
  const v431 = $fr(u_p_alpha + u_p_beta);
  // key-map %246: once per distinct key of the group
  const nkeys246 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys246 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v226 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
    const v227 = (v226 !== u_p_zero_token_id);
    const v228 = (v225 && v227);
    let v229 = 0;
    if (v228) {
      const v230 = $fr(H[(u_oh_acc39 + slot | 0)] >>> 0);
      const v231 = $fr(H[(u_oh_acc43 + slot | 0)] >>> 0);
      let v232 = 0;
      if (tabled212) {
        v232 = F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v230 > 0 ? (v230 < 4294967296 ? v230 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v231 > 0 ? (v231 < 4294967296 ? v231 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        let v233 = 0;
        if (v60) {
          const v234 = $fr(v230 + v231);
          const v235 = $fr(v234 + v230);
          const v236 = $fr(acc29 - v230);
          const v237 = $fr(v235 + v236);
          const v238 = $fr(v234 + v236);
          const v239 = $fr(v67 - v231);
          const v240 = $fr(v238 + v239);
          const v241 = $fr(v237 - v240);
          const v242 = Math.max(0, v241);
          const v243 = $fr(v230 + v236);
          const v244 = Math.min(v234, v243);
          const v245 = (v242 === v244);
          let v246 = 0;
          if (v245) {
            v246 = 0;
          } else {
            const v249 = $fr(v234 + v243);
            const v250 = $fr(v249 - v240);
            const v251 = Math.max(0, v250);
            const v252 = $i32f(v251);
            const v253 = $i32f(v244);
            const lo247 = v252;
            const hi248 = v253;
            const v254 = $fr(v243 + 1);
            const v255 = adv_lgamma(v254);
            const v256 = $fr(v230 + 1);
            const v257 = adv_lgamma(v256);
            const v258 = $fr(v255 - v257);
            const v259 = $fr(v243 - v230);
            const v260 = $fr(v259 + 1);
            const v261 = adv_lgamma(v260);
            const v262 = $fr(v258 - v261);
            const v263 = $fr(v240 - v243);
            const v264 = $fr(v234 - v230);
            const v265 = $fr(v263 + 1);
            const v266 = adv_lgamma(v265);
            const v267 = $fr(v264 + 1);
            const v268 = adv_lgamma(v267);
            const v269 = $fr(v266 - v268);
            const v270 = $fr(v263 - v264);
            const v271 = $fr(v270 + 1);
            const v272 = adv_lgamma(v271);
            const v273 = $fr(v269 - v272);
            const v274 = $fr(v262 + v273);
            const v275 = $fr(v240 + 1);
            const v276 = adv_lgamma(v275);
            const v277 = $fr(v234 + 1);
            const v278 = adv_lgamma(v277);
            const v279 = $fr(v276 - v278);
            const v280 = $fr(v240 - v234);
            const v281 = $fr(v280 + 1);
            const v282 = adv_lgamma(v281);
            const v283 = $fr(v279 - v282);
            const v284 = $fr(v274 - v283);
            const v285 = $fr(v284 + 0.000009999999747378752);
            let fold287 = 0;
            if ((hi248 >= lo247)) {
              if (((hi248 - lo247 | 0) >>> 0 < 1048576 >>> 0)) {
                for (let n309 = 0; (n309 >>> 0 <= (hi248 - lo247 | 0) >>> 0); n309 = (n309 + 1 | 0)) {
                  const k286 = (lo247 + n309 | 0);
                  const v288 = $fr(k286);
                  const v289 = $fr(v288 + 1);
                  const v290 = adv_lgamma(v289);
                  const v291 = $fr(v255 - v290);
                  const v292 = $fr(v243 - v288);
                  const v293 = $fr(v292 + 1);
                  const v294 = adv_lgamma(v293);
                  const v295 = $fr(v291 - v294);
                  const v296 = $fr(v234 - v288);
                  const v297 = $fr(v296 + 1);
                  const v298 = adv_lgamma(v297);
                  const v299 = $fr(v266 - v298);
                  const v300 = $fr(v263 - v296);
                  const v301 = $fr(v300 + 1);
                  const v302 = adv_lgamma(v301);
                  const v303 = $fr(v299 - v302);
                  const v304 = $fr(v295 + v303);
                  const v305 = $fr(v304 - v283);
                  const v306 = $fr(Math.exp(v305));
                  const v307 = (v305 <= v285);
                  const v308 = (v307 ? v306 : 0);
                  fold287 = $fr(fold287 + v308);
                }
              } else {
                F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
              }
            }
            const v310 = fold287;
            const v311 = $fr((-2) * v310);
            const v312 = $fr(Math.exp(v311));
            v246 = v312;
          }
          const v313 = v246;
          const v314 = $fr(u_p_alpha * v313);
          v233 = v314;
        } else {
          v233 = 0;
        }
        const v315 = v233;
        const v316 = $fr(acc29 - v230);
        const v317 = $fr(v230 + v316);
        const v318 = $fr(v230 + v231);
        const v319 = $fr(v318 + v316);
        const v320 = $fr(v67 - v231);
        const v321 = $fr(v319 + v320);
        const v322 = $fr(v317 / v321);
        const v323 = (-v322);
        const v324 = $fr(Math.log2(v322));
        const v325 = $fr(v323 * v324);
        const v326 = (v322 > 0);
        const v327 = (v326 ? v325 : 0);
        const v328 = $fr(v231 + v320);
        const v329 = $fr(v328 / v321);
        const v330 = (-v329);
        const v331 = $fr(Math.log2(v329));
        const v332 = $fr(v330 * v331);
        const v333 = (v329 > 0);
        const v334 = (v333 ? v332 : 0);
        const v335 = $fr(v327 + v334);
        const v336 = $fr(v318 / v321);
        const v337 = $fr(v230 / v318);
        const v338 = (-v337);
        const v339 = $fr(Math.log2(v337));
        const v340 = $fr(v338 * v339);
        const v341 = (v337 > 0);
        const v342 = (v341 ? v340 : 0);
        const v343 = $fr(v231 / v318);
        const v344 = (-v343);
        const v345 = $fr(Math.log2(v343));
        const v346 = $fr(v344 * v345);
        const v347 = (v343 > 0);
        const v348 = (v347 ? v346 : 0);
        const v349 = $fr(v342 + v348);
        const v350 = (v318 > 0);
        const v351 = (v350 ? v349 : 0);
        const v352 = $fr(v336 * v351);
        const v353 = $fr(v316 + v320);
        const v354 = $fr(v353 / v321);
        const v355 = $fr(v316 / v353);
        const v356 = (-v355);
        const v357 = $fr(Math.log2(v355));
        const v358 = $fr(v356 * v357);
        const v359 = (v355 > 0);
        const v360 = (v359 ? v358 : 0);
        const v361 = $fr(v320 / v353);
        const v362 = (-v361);
        const v363 = $fr(Math.log2(v361));
        const v364 = $fr(v362 * v363);
        const v365 = (v361 > 0);
        const v366 = (v365 ? v364 : 0);
        const v367 = $fr(v360 + v366);
        const v368 = (v353 > 0);
        const v369 = (v368 ? v367 : 0);
        const v370 = $fr(v354 * v369);
        const v371 = $fr(v352 + v370);
        const v372 = $fr(v335 - v371);
        const v373 = (v321 > 0);
        const v374 = (v373 ? v372 : 0);
        const v375 = $fr(u_p_beta * v374);
        const v376 = (v205 ? v375 : 0);
        v232 = $fr(v315 + v376);
      }
      const v377 = v232;
      let v378 = 0;
      if (tabled224) {
        v378 = F_table224[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v230 > 0 ? (v230 < 4294967296 ? v230 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v231 > 0 ? (v231 < 4294967296 ? v231 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        const v379 = $fr(acc29 - v230);
        const v380 = $fr(v230 + v379);
        const v381 = $fr(v380 + 1.000000013351432e-10);
        const v382 = $fr(v230 / v381);
        const v383 = Math.min(Math.max(v382, 0), 1);
        const v384 = $fr(Math.sqrt(v383));
        const v385 = adv_asin(v384);
        const v386 = $fr(v67 - v231);
        const v387 = $fr(v231 + v386);
        const v388 = $fr(v387 + 1.000000013351432e-10);
        const v389 = $fr(v231 / v388);
        const v390 = Math.min(Math.max(v389, 0), 1);
        const v391 = $fr(Math.sqrt(v390));
        const v392 = adv_asin(v391);
        v378 = $fr(v385 - v392);
      }
      const v393 = v378;
      const v394 = $fr(H[(u_oh_acc45 + slot | 0)] >>> 0);
      const v395 = $fr(v394 / acc33);
      const v397 = $fr(v395 * v396);
      const v405 = $fr(v395 + v404);
      const v406 = $fr(v397 / v405);
      const v408 = (v407 ? v406 : 0);
      const v409 = $fr(H[(u_oh_acc63 + slot | 0)] >>> 0);
      const v410 = $fr(v409 / acc35);
      const v411 = $fr(v410 * v396);
      const v418 = $fr(v410 + v417);
      const v419 = $fr(v411 / v418);
      const v421 = (v420 ? v419 : 0);
      const v422 = $fr(v421 + 0.000009999999747378752);
      const v423 = $fr(v408 / v422);
      const v424 = $fr(v408 + 0.000009999999747378752);
      const v425 = $fr(v421 / v424);
      const v426 = $fr(v423 - v425);
      const v428 = (v427 ? v426 : 0);
      const v429 = $fr(v393 + v428);
      const v430 = $fr(v377 * v429);
      const v432 = $fr(v430 / v431);
      const v433 = $fr(1 / $fr(1 + $fr(Math.exp((-v432)))));
      const v434 = $fr(v433 - 0.5);
      const v435 = $fr(v434 * 2);
      const v436 = $fr(v435 * u_p_top);
      v229 = v436;
    } else {
      v229 = 0;
    }
    F_v246[slot] = v229;
  }
  // reduce to group %254, %275
  let acc254 = 0;
  let acc275 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v437 = F_v12[row];
    const v438 = (v437 > 0);
    const v439 = (v438 ? 1 : 0);
    const v440 = $fr(v439 - acc252);
    const v441 = F_v16[row];
    const v442 = $fr(v441 - v7);
    const v443 = (-v442);
    const v444 = $fr(v443 / u_p_overlong_buffer_len);
    const v445 = $fr(v444 * u_p_overlong_penalty_factor);
    const v446 = Math.min(v445, 0);
    const v447 = (v13 ? v446 : 0);
    const v448 = $fr(v437 + v447);
    const v449 = $fr(v448 - acc273);
    acc254 = $fr(acc254 + v440);
    acc275 = $fr(acc275 + v449);
  }
  if ((lid === 0)) {
    F_v254[g] = acc254;
    F_v275[g] = acc275;
  }
  // reduce to group %264, %287
  const v453 = $fr(acc254 / $fr(acc250 >>> 0));
  const v454 = $fr(acc252 + v453);
  const v456 = $fr(acc257 - acc252);
  const v457 = (v456 > 0);
  const v458 = (v457 ? v456 : 1);
  const v469 = $fr(acc275 / $fr(acc30 >>> 0));
  const v470 = $fr(acc273 + v469);
  const v472 = $fr(acc280 - acc273);
  const v473 = (v472 > 0);
  const v474 = (v473 ? v472 : 1);
  let acc264 = 0;
  let acc287 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v450 = F_v12[row];
    const v451 = (v450 > 0);
    const v452 = (v451 ? 1 : 0);
    const v455 = $fr(v452 - v454);
    const v459 = $fr(v455 / v458);
    const v460 = $fr(v459 * v459);
    const v461 = F_v16[row];
    const v462 = $fr(v461 - v7);
    const v463 = (-v462);
    const v464 = $fr(v463 / u_p_overlong_buffer_len);
    const v465 = $fr(v464 * u_p_overlong_penalty_factor);
    const v466 = Math.min(v465, 0);
    const v467 = (v13 ? v466 : 0);
    const v468 = $fr(v450 + v467);
    const v471 = $fr(v468 - v470);
    const v475 = $fr(v471 / v474);
    const v476 = $fr(v475 * v475);
    acc264 = $fr(acc264 + v460);
    acc287 = $fr(acc287 + v476);
  }
  if ((lid === 0)) {
    F_v264[g] = acc264;
    F_v287[g] = acc287;
  }
  const v486 = ($fr(acc30 >>> 0) > 1);
  const v487 = (v486 ? v470 : 0);
  const v489 = $fr($fr(acc30 >>> 0) - 1);
  const v490 = $fr(acc287 / v489);
  const v491 = $fr(Math.sqrt(v490));
  const v492 = $fr(v491 * v474);
  const v493 = (v486 ? v492 : 1);
  const v494 = $fr(v493 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v477 = F_v12[row];
    const v478 = F_v16[row];
    const v479 = $fr(v478 - v7);
    const v480 = (-v479);
    const v481 = $fr(v480 / u_p_overlong_buffer_len);
    const v482 = $fr(v481 * u_p_overlong_penalty_factor);
    const v483 = Math.min(v482, 0);
    const v484 = (v13 ? v483 : 0);
    const v485 = $fr(v477 + v484);
    const v488 = $fr(v485 - v487);
    const v495 = $fr(v488 / v494);
    const v496 = (v488 === 0);
    const v497 = (v496 ? 0 : v495);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw498 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v499 = F_v246[((sw498 !== (-1)) ? (sw498 & 2147483647) : 0)];
      const v500 = ((sw498 !== (-1)) ? v499 : 0);
      const v501 = $fr(v497 + v500);
      const v502 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v503 = $fr(v502);
      const v504 = $fr(v501 * v503);
      const v505 = v500;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v504;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v505;
    }
  }
  const v506 = ($fr(acc250 >>> 0) === 1);
  const v507 = $fr(acc264 / $fr(acc250 >>> 0));
  const v508 = $fr(Math.sqrt(v507));
  const v509 = $fr(v508 * v458);
  const v510 = (v509 > 0);
  const v511 = (v506 || v510);
  const v512 = (v511 ? 1 : 0);
  // outputs out_keep_group
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v513 = v512;
    F_out_keep_group[row] = v513;
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