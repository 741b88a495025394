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
      const v23 = F_v12[row];
      const v24 = F_v16[row];
      const v25 = $fr(v24 - v7);
      const v26 = (-v25);
      const v27 = $fr(v26 / u_p_overlong_buffer_len);
      const v28 = $fr(v27 * u_p_overlong_penalty_factor);
      const v29 = Math.min(v28, 0);
      const v30 = (v13 ? v29 : 0);
      const v31 = $fr(v23 + v30);
      const v32 = (v31 > 0);
      const v33 = (!v32);
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
            {
              const add = (first ? (true ? 1 : 0) : 0);
              H[((v32 ? u_oh_acc39 : u_oh_acc43) + r | 0)] = (H[((v32 ? u_oh_acc39 : u_oh_acc43) + r | 0)] + add | 0);
            }
            {
              const add = (v32 ? (true ? 1 : 0) : (false ? 0 : 1));
              H[((v32 ? u_oh_acc45 : u_oh_acc63) + r | 0)] = (H[((v32 ? u_oh_acc45 : u_oh_acc63) + r | 0)] + add | 0);
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
    const v34 = F_v12[row];
    const v35 = F_v16[row];
    const v36 = $fr(v35 - v7);
    const v37 = (-v36);
    const v38 = $fr(v37 / u_p_overlong_buffer_len);
    const v39 = $fr(v38 * u_p_overlong_penalty_factor);
    const v40 = Math.min(v39, 0);
    const v41 = (v13 ? v40 : 0);
    const v42 = $fr(v34 + v41);
    const v43 = (v42 > 0);
    bound39 = (bound39 + (v43 ? 1 : 0) | 0);
  }
  let bound43 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v44 = F_v12[row];
    const v45 = F_v16[row];
    const v46 = $fr(v45 - v7);
    const v47 = (-v46);
    const v48 = $fr(v47 / u_p_overlong_buffer_len);
    const v49 = $fr(v48 * u_p_overlong_penalty_factor);
    const v50 = Math.min(v49, 0);
    const v51 = (v13 ? v50 : 0);
    const v52 = $fr(v44 + v51);
    const v53 = (v52 > 0);
    const v54 = (!v53);
    bound43 = (bound43 + (v54 ? 1 : 0) | 0);
  }
  const v55 = (u_p_alpha !== 0);
  const v62 = $fr($fr(acc30 >>> 0) - acc29);
  const v200 = (u_p_beta !== 0);
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const tabled212 = (Math.imul((bound39 + 1 | 0), (bound43 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled212) {
    for (let i = lid; (i >>> 0 < Math.imul((bound39 + 1 | 0), (bound43 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v56 = 0;
      if (v55) {
        const v57 = $fr($fr($udiv(i, (bound43 + 1 | 0)) >>> 0) + $fr($umod(i, (bound43 + 1 | 0)) >>> 0));
        const v58 = $fr(v57 + $fr($udiv(i, (bound43 + 1 | 0)) >>> 0));
        const v59 = $fr(acc29 - $fr($udiv(i, (bound43 + 1 | 0)) >>> 0));
        const v60 = $fr(v58 + v59);
        const v61 = $fr(v57 + v59);
        const v63 = $fr(v62 - $fr($umod(i, (bound43 + 1 | 0)) >>> 0));
        const v64 = $fr(v61 + v63);
        const v65 = $fr(v60 - v64);
        const v66 = Math.max(0, v65);
        const v67 = $fr($fr($udiv(i, (bound43 + 1 | 0)) >>> 0) + v59);
        const v68 = Math.min(v57, v67);
        const v69 = (v66 === v68);
        let v70 = 0;
        if (v69) {
          v70 = 0;
        } else {
          const v73 = $fr(v57 + v67);
          const v74 = $fr(v73 - v64);
          const v75 = Math.max(0, v74);
          const v76 = $i32f(v75);
          const v77 = $i32f(v68);
          const lo71 = v76;
          const hi72 = v77;
          const v78 = $fr(v67 + 1);
          const v79 = adv_lgamma(v78);
          const v80 = $fr($fr($udiv(i, (bound43 + 1 | 0)) >>> 0) + 1);
          const v81 = adv_lgamma(v80);
          const v82 = $fr(v79 - v81);
          const v83 = $fr(v67 - $fr($udiv(i, (bound43 + 1 | 0)) >>> 0));
          const v84 = $fr(v83 + 1);
          const v85 = adv_lgamma(v84);
          const v86 = $fr(v82 - v85);
          const v87 = $fr(v64 - v67);
          const v88 = $fr(v57 - $fr($udiv(i, (bound43 + 1 | 0)) >>> 0));
          const v89 = $fr(v87 + 1);
          const v90 = adv_lgamma(v89);
          const v91 = $fr(v88 + 1);
          const v92 = adv_lgamma(v91);
          const v93 = $fr(v90 - v92);
          const v94 = $fr(v87 - v88);
          const v95 = $fr(v94 + 1);
          const v96 = adv_lgamma(v95);
          const v97 = $fr(v93 - v96);
          const v98 = $fr(v86 + v97);
          const v99 = $fr(v64 + 1);
          const v100 = adv_lgamma(v99);
          const v101 = $fr(v57 + 1);
          const v102 = adv_lgamma(v101);
          const v103 = $fr(v100 - v102);
          const v104 = $fr(v64 - v57);
          const v105 = $fr(v104 + 1);
          const v106 = adv_lgamma(v105);
          const v107 = $fr(v103 - v106);
          const v108 = $fr(v98 - v107);
          const v109 = $fr(v108 + 0.000009999999747378752);
          let fold111 = 0;
          if ((hi72 >= lo71)) {
            if (((hi72 - lo71 | 0) >>> 0 < 1048576 >>> 0)) {
              for (let n133 = 0; (n133 >>> 0 <= (hi72 - lo71 | 0) >>> 0); n133 = (n133 + 1 | 0)) {
                const k110 = (lo71 + n133 | 0);
                const v112 = $fr(k110);
                const v113 = $fr(v112 + 1);
                const v114 = adv_lgamma(v113);
                const v115 = $fr(v79 - v114);
                const v116 = $fr(v67 - v112);
                const v117 = $fr(v116 + 1);
                const v118 = adv_lgamma(v117);
                const v119 = $fr(v115 - v118);
                const v120 = $fr(v57 - v112);
                const v121 = $fr(v120 + 1);
                const v122 = adv_lgamma(v121);
                const v123 = $fr(v90 - v122);
                const v124 = $fr(v87 - v120);
                const v125 = $fr(v124 + 1);
                const v126 = adv_lgamma(v125);
                const v127 = $fr(v123 - v126);
                const v128 = $fr(v119 + v127);
                const v129 = $fr(v128 - v107);
                const v130 = $fr(Math.exp(v129));
                const v131 = (v129 <= v109);
                const v132 = (v131 ? v130 : 0);
                fold111 = $fr(fold111 + v132);
              }
            } else {
              F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
            }
          }
          const v134 = fold111;
          const v135 = $fr((-2) * v134);
          const v136 = $fr(Math.exp(v135));
          v70 = v136;
        }
        const v137 = v70;
        const v138 = $fr(u_p_alpha * v137);
        v56 = v138;
      } else {
        v56 = 0;
      }
      const v139 = v56;
      const v140 = $fr(acc29 - $fr($udiv(i, (bound43 + 1 | 0)) >>> 0));
      const v141 = $fr($fr($udiv(i, (bound43 + 1 | 0)) >>> 0) + v140);
      const v142 = $fr($fr($udiv(i, (bound43 + 1 | 0)) >>> 0) + $fr($umod(i, (bound43 + 1 | 0)) >>> 0));
      const v143 = $fr(v142 + v140);
      const v144 = $fr(v62 - $fr($umod(i, (bound43 + 1 | 0)) >>> 0));
      const v145 = $fr(v143 + v144);
      const v146 = $fr(v141 / v145);
      const v147 = (-v146);
      const v148 = $fr(Math.log2(v146));
      const v149 = $fr(v147 * v148);
      const v150 = (v146 > 0);
      const v151 = (v150 ? v149 : 0);
      const v152 = $fr($fr($umod(i, (bound43 + 1 | 0)) >>> 0) + v144);
      const v153 = $fr(v152 / v145);
      const v154 = (-v153);
      const v155 = $fr(Math.log2(v153));
      const v156 = $fr(v154 * v155);
      const v157 = (v153 > 0);
      const v158 = (v157 ? v156 : 0);
      const v159 = $fr(v151 + v158);
      const v160 = $fr(v142 / v145);
      const v161 = $fr($fr($udiv(i, (bound43 + 1 | 0)) >>> 0) / v142);
      const v162 = (-v161);
      const v163 = $fr(Math.log2(v161));
      const v164 = $fr(v162 * v163);
      const v165 = (v161 > 0);
      const v166 = (v165 ? v164 : 0);
      const v167 = $fr($fr($umod(i, (bound43 + 1 | 0)) >>> 0) / v142);
      const v168 = (-v167);
      const v169 = $fr(Math.log2(v167));
      const v170 = $fr(v168 * v169);
      const v171 = (v167 > 0);
      const v172 = (v171 ? v170 : 0);
      const v173 = $fr(v166 + v172);
      const v174 = (v142 > 0);
      const v175 = (v174 ? v173 : 0);
      const v176 = $fr(v160 * v175);
      const v177 = $fr(v140 + v144);
      const v178 = $fr(v177 / v145);
      const v179 = $fr(v140 / v177);
      const v180 = (-v179);
      const v181 = $fr(Math.log2(v179));
      const v182 = $fr(v180 * v181);
      const v183 = (v179 > 0);
      const v184 = (v183 ? v182 : 0);
      const v185 = $fr(v144 / v177);
      const v186 = (-v185);
      const v187 = $fr(Math.log2(v185));
      const v188 = $fr(v186 * v187);
      const v189 = (v185 > 0);
      const v190 = (v189 ? v188 : 0);
      const v191 = $fr(v184 + v190);
      const v192 = (v177 > 0);
      const v193 = (v192 ? v191 : 0);
      const v194 = $fr(v178 * v193);
      const v195 = $fr(v176 + v194);
      const v196 = $fr(v159 - v195);
      const v197 = (v145 > 0);
      const v198 = (v197 ? v196 : 0);
      const v199 = $fr(u_p_beta * v198);
      const v201 = (v200 ? v199 : 0);
      const v202 = $fr(v139 + v201);
      F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound43 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound43 + 1 | 0)) | 0) | 0)] = v202;
    }
  }
  // count table %224: its value for every presence count pair of the group (when fewer than its keys)
  const tabled224 = (Math.imul((bound39 + 1 | 0), (bound43 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled224) {
    for (let i = lid; (i >>> 0 < Math.imul((bound39 + 1 | 0), (bound43 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v203 = $fr(acc29 - $fr($udiv(i, (bound43 + 1 | 0)) >>> 0));
      const v204 = $fr($fr($udiv(i, (bound43 + 1 | 0)) >>> 0) + v203);
      const v205 = $fr(v204 + 1.000000013351432e-10);
      const v206 = $fr($fr($udiv(i, (bound43 + 1 | 0)) >>> 0) / v205);
      const v207 = Math.min(Math.max(v206, 0), 1);
      const v208 = $fr(Math.sqrt(v207));
      const v209 = adv_asin(v208);
      const v210 = $fr(v62 - $fr($umod(i, (bound43 + 1 | 0)) >>> 0));
      const v211 = $fr($fr($umod(i, (bound43 + 1 | 0)) >>> 0) + v210);
      const v212 = $fr(v211 + 1.000000013351432e-10);
      const v213 = $fr($fr($umod(i, (bound43 + 1 | 0)) >>> 0) / v212);
      const v214 = Math.min(Math.max(v213, 0), 1);
      const v215 = $fr(Math.sqrt(v214));
      const v216 = adv_asin(v215);
      const v217 = $fr(v209 - v216);
      F_table224[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound43 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound43 + 1 | 0)) | 0) | 0)] = v217;
    }
  }
  const v218 = (acc29 > 0);
  const v219 = (v62 > 0);
  const v220 = (v218 && v219);
  const v398 = $fr(u_p_bm25_k1 + 1);
  const v400 = $fr(1 - u_p_bm25_b);
  const v401 = $fr(u_p_bm25_b * acc33);
  const v402 = $fr(acc33 + acc35);
  const v403 = $fr(v402 / 2);
  const v404 = $fr(v401 / v403);
  const v405 = $fr(v400 + v404);
  const v406 = $fr(u_p_bm25_k1 * v405);
  const v409 = (acc33 > 0);
  const v414 = $fr(u_p_bm25_b * acc35);
  const v415 = $fr(acc35 + acc33);
  const v416 = $fr(v415 / 2);
  const v417 = $fr(v414 / v416);
  const v418 = $fr(v400 + v417);
  const v419 = $fr(u_p_bm25_k1 * v418);
  const v422 = (acc35 > 0);
  const v429 = (u_p_gamma !== 0);
  const v433 = $fr(u_p_alpha + u_p_beta);
  // key-map %246: once per distinct key of the group
  const nkeys246 = H[(u_oh_count_tok + g | 0)];
  // its memo: the group's hash slots, free once its keys are built, as 8-word entries (a tag, the inputs, the value), tags cleared
  const mbase246 = I_kbase[g];
  const mentries246 = $udiv((I_kbase[(g + 1 | 0)] - mbase246 | 0), 8);
  for (let i = 0; (i >>> 0 < mentries246 >>> 0); i = (i + 1 | 0)) {
    H[(u_oh_table_tok + (mbase246 + Math.imul(i, 8) | 0) | 0)] = 0;
  }
  for (let i = lid; (i >>> 0 < nkeys246 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v221 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
    const v222 = (v221 !== u_p_zero_token_id);
    const v223 = (v220 && v222);
    let v224 = 0;
    if (v223) {
      const mw225 = H[(u_oh_acc39 + slot | 0)];
      const mw226 = H[(u_oh_acc43 + slot | 0)];
      const mw227 = H[(u_oh_acc45 + slot | 0)];
      const mw228 = H[(u_oh_acc63 + slot | 0)];
      const mh229 = ((((0 ^ Math.imul(mw225, (-1640531535))) ^ Math.imul(mw226, (-2048144777))) ^ Math.imul(mw227, (-1028477379))) ^ Math.imul(mw228, 668265263));
      const me230 = (u_oh_table_tok + (mbase246 + Math.imul(((mh229 ^ (mh229 >>> 15 | 0)) & (mentries246 - 1 | 0)), 8) | 0) | 0);
      let v231 = 0;
      if (((((((mentries246 >>> 0 > 0 >>> 0) && (H[(me230 + 0 | 0)] === 1)) && (H[(me230 + 1 | 0)] === mw225)) && (H[(me230 + 2 | 0)] === mw226)) && (H[(me230 + 3 | 0)] === mw227)) && (H[(me230 + 4 | 0)] === mw228))) {
        v231 = $f32bits(H[(me230 + 7 | 0)]);
      } else {
        const v232 = $fr(H[(u_oh_acc39 + slot | 0)] >>> 0);
        const v233 = $fr(H[(u_oh_acc43 + slot | 0)] >>> 0);
        let v234 = 0;
        if (tabled212) {
          v234 = F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v232 > 0 ? (v232 < 4294967296 ? v232 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v233 > 0 ? (v233 < 4294967296 ? v233 >>> 0 | 0 : -1) : 0) | 0) | 0)];
        } else {
          let v235 = 0;
          if (v55) {
            const v236 = $fr(v232 + v233);
            const v237 = $fr(v236 + v232);
            const v238 = $fr(acc29 - v232);
            const v239 = $fr(v237 + v238);
            const v240 = $fr(v236 + v238);
            const v241 = $fr(v62 - v233);
            const v242 = $fr(v240 + v241);
            const v243 = $fr(v239 - v242);
            const v244 = Math.max(0, v243);
            const v245 = $fr(v232 + v238);
            const v246 = Math.min(v236, v245);
            const v247 = (v244 === v246);
            let v248 = 0;
            if (v247) {
              v248 = 0;
            } else {
              const v251 = $fr(v236 + v245);
              const v252 = $fr(v251 - v242);
              const v253 = Math.max(0, v252);
              const v254 = $i32f(v253);
              const v255 = $i32f(v246);
              const lo249 = v254;
              const hi250 = v255;
              const v256 = $fr(v245 + 1);
              const v257 = adv_lgamma(v256);
              const v258 = $fr(v232 + 1);
              const v259 = adv_lgamma(v258);
              const v260 = $fr(v257 - v259);
              const v261 = $fr(v245 - v232);
              const v262 = $fr(v261 + 1);
              const v263 = adv_lgamma(v262);
              const v264 = $fr(v260 - v263);
              const v265 = $fr(v242 - v245);
              const v266 = $fr(v236 - v232);
              const v267 = $fr(v265 + 1);
              const v268 = adv_lgamma(v267);
              const v269 = $fr(v266 + 1);
              const v270 = adv_lgamma(v269);
              const v271 = $fr(v268 - v270);
              const v272 = $fr(v265 - v266);
              const v273 = $fr(v272 + 1);
              const v274 = adv_lgamma(v273);
              const v275 = $fr(v271 - v274);
              const v276 = $fr(v264 + v275);
              const v277 = $fr(v242 + 1);
              const v278 = adv_lgamma(v277);
              const v279 = $fr(v236 + 1);
              const v280 = adv_lgamma(v279);
              const v281 = $fr(v278 - v280);
              const v282 = $fr(v242 - v236);
              const v283 = $fr(v282 + 1);
              const v284 = adv_lgamma(v283);
              const v285 = $fr(v281 - v284);
              const v286 = $fr(v276 - v285);
              const v287 = $fr(v286 + 0.000009999999747378752);
              let fold289 = 0;
              if ((hi250 >= lo249)) {
                if (((hi250 - lo249 | 0) >>> 0 < 1048576 >>> 0)) {
                  for (let n311 = 0; (n311 >>> 0 <= (hi250 - lo249 | 0) >>> 0); n311 = (n311 + 1 | 0)) {
                    const k288 = (lo249 + n311 | 0);
                    const v290 = $fr(k288);
                    const v291 = $fr(v290 + 1);
                    const v292 = adv_lgamma(v291);
                    const v293 = $fr(v257 - v292);
                    const v294 = $fr(v245 - v290);
                    const v295 = $fr(v294 + 1);
                    const v296 = adv_lgamma(v295);
                    const v297 = $fr(v293 - v296);
                    const v298 = $fr(v236 - v290);
                    const v299 = $fr(v298 + 1);
                    const v300 = adv_lgamma(v299);
                    const v301 = $fr(v268 - v300);
                    const v302 = $fr(v265 - v298);
                    const v303 = $fr(v302 + 1);
                    const v304 = adv_lgamma(v303);
                    const v305 = $fr(v301 - v304);
                    const v306 = $fr(v297 + v305);
                    const v307 = $fr(v306 - v285);
                    const v308 = $fr(Math.exp(v307));
                    const v309 = (v307 <= v287);
                    const v310 = (v309 ? v308 : 0);
                    fold289 = $fr(fold289 + v310);
                  }
                } else {
                  F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
                }
              }
              const v312 = fold289;
              const v313 = $fr((-2) * v312);
              const v314 = $fr(Math.exp(v313));
              v248 = v314;
            }
            const v315 = v248;
            const v316 = $fr(u_p_alpha * v315);
            v235 = v316;
          } else {
            v235 = 0;
          }
          const v317 = v235;
          const v318 = $fr(acc29 - v232);
          const v319 = $fr(v232 + v318);
          const v320 = $fr(v232 + v233);
          const v321 = $fr(v320 + v318);
          const v322 = $fr(v62 - v233);
          const v323 = $fr(v321 + v322);
          const v324 = $fr(v319 / v323);
          const v325 = (-v324);
          const v326 = $fr(Math.log2(v324));
          const v327 = $fr(v325 * v326);
          const v328 = (v324 > 0);
          const v329 = (v328 ? v327 : 0);
          const v330 = $fr(v233 + v322);
          const v331 = $fr(v330 / v323);
          const v332 = (-v331);
          const v333 = $fr(Math.log2(v331));
          const v334 = $fr(v332 * v333);
          const v335 = (v331 > 0);
          const v336 = (v335 ? v334 : 0);
          const v337 = $fr(v329 + v336);
          const v338 = $fr(v320 / v323);
          const v339 = $fr(v232 / v320);
          const v340 = (-v339);
          const v341 = $fr(Math.log2(v339));
          const v342 = $fr(v340 * v341);
          const v343 = (v339 > 0);
          const v344 = (v343 ? v342 : 0);
          const v345 = $fr(v233 / v320);
          const v346 = (-v345);
          const v347 = $fr(Math.log2(v345));
          const v348 = $fr(v346 * v347);
          const v349 = (v345 > 0);
          const v350 = (v349 ? v348 : 0);
          const v351 = $fr(v344 + v350);
          const v352 = (v320 > 0);
          const v353 = (v352 ? v351 : 0);
          const v354 = $fr(v338 * v353);
          const v355 = $fr(v318 + v322);
          const v356 = $fr(v355 / v323);
          const v357 = $fr(v318 / v355);
          const v358 = (-v357);
          const v359 = $fr(Math.log2(v357));
          const v360 = $fr(v358 * v359);
          const v361 = (v357 > 0);
          const v362 = (v361 ? v360 : 0);
          const v363 = $fr(v322 / v355);
          const v364 = (-v363);
          const v365 = $fr(Math.log2(v363));
          const v366 = $fr(v364 * v365);
          const v367 = (v363 > 0);
          const v368 = (v367 ? v366 : 0);
          const v369 = $fr(v362 + v368);
          const v370 = (v355 > 0);
          const v371 = (v370 ? v369 : 0);
          const v372 = $fr(v356 * v371);
          const v373 = $fr(v354 + v372);
          const v374 = $fr(v337 - v373);
          const v375 = (v323 > 0);
          const v376 = (v375 ? v374 : 0);
          const v377 = $fr(u_p_beta * v376);
          const v378 = (v200 ? v377 : 0);
          v234 = $fr(v317 + v378);
        }
        const v379 = v234;
        let v380 = 0;
        if (tabled224) {
          v380 = F_table224[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v232 > 0 ? (v232 < 4294967296 ? v232 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v233 > 0 ? (v233 < 4294967296 ? v233 >>> 0 | 0 : -1) : 0) | 0) | 0)];
        } else {
          const v381 = $fr(acc29 - v232);
          const v382 = $fr(v232 + v381);
          const v383 = $fr(v382 + 1.000000013351432e-10);
          const v384 = $fr(v232 / v383);
          const v385 = Math.min(Math.max(v384, 0), 1);
          const v386 = $fr(Math.sqrt(v385));
          const v387 = adv_asin(v386);
          const v388 = $fr(v62 - v233);
          const v389 = $fr(v233 + v388);
          const v390 = $fr(v389 + 1.000000013351432e-10);
          const v391 = $fr(v233 / v390);
          const v392 = Math.min(Math.max(v391, 0), 1);
          const v393 = $fr(Math.sqrt(v392));
          const v394 = adv_asin(v393);
          v380 = $fr(v387 - v394);
        }
        const v395 = v380;
        const v396 = $fr(H[(u_oh_acc45 + slot | 0)] >>> 0);
        const v397 = $fr(v396 / acc33);
        const v399 = $fr(v397 * v398);
        const v407 = $fr(v397 + v406);
        const v408 = $fr(v399 / v407);
        const v410 = (v409 ? v408 : 0);
        const v411 = $fr(H[(u_oh_acc63 + slot | 0)] >>> 0);
        const v412 = $fr(v411 / acc35);
        const v413 = $fr(v412 * v398);
        const v420 = $fr(v412 + v419);
        const v421 = $fr(v413 / v420);
        const v423 = (v422 ? v421 : 0);
        const v424 = $fr(v423 + 0.000009999999747378752);
        const v425 = $fr(v410 / v424);
        const v426 = $fr(v410 + 0.000009999999747378752);
        const v427 = $fr(v423 / v426);
        const v428 = $fr(v425 - v427);
        const v430 = (v429 ? v428 : 0);
        const v431 = $fr(v395 + v430);
        const v432 = $fr(v379 * v431);
        const v434 = $fr(v432 / v433);
        const v435 = $fr(1 / $fr(1 + $fr(Math.exp((-v434)))));
        const v436 = $fr(v435 - 0.5);
        const v437 = $fr(v436 * 2);
        v231 = $fr(v437 * u_p_top);
        if ((mentries246 >>> 0 > 0 >>> 0)) {
          H[me230] = 1;
          H[(me230 + 1 | 0)] = mw225;
          H[(me230 + 2 | 0)] = mw226;
          H[(me230 + 3 | 0)] = mw227;
          H[(me230 + 4 | 0)] = mw228;
          H[(me230 + 7 | 0)] = $bitsf32(v231);
        }
      }
      const v438 = v231;
      v224 = v438;
    } else {
      v224 = 0;
    }
    F_v246[slot] = v224;
  }
  // reduce to group %254, %275
  let acc254 = 0;
  let acc275 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v439 = F_v12[row];
    const v440 = (v439 > 0);
    const v441 = (v440 ? 1 : 0);
    const v442 = $fr(v441 - acc252);
    const v443 = F_v16[row];
    const v444 = $fr(v443 - v7);
    const v445 = (-v444);
    const v446 = $fr(v445 / u_p_overlong_buffer_len);
    const v447 = $fr(v446 * u_p_overlong_penalty_factor);
    const v448 = Math.min(v447, 0);
    const v449 = (v13 ? v448 : 0);
    const v450 = $fr(v439 + v449);
    const v451 = $fr(v450 - acc273);
    acc254 = $fr(acc254 + v442);
    acc275 = $fr(acc275 + v451);
  }
  if ((lid === 0)) {
    F_v254[g] = acc254;
    F_v275[g] = acc275;
  }
  // reduce to group %264, %287
  const v455 = $fr(acc254 / $fr(acc250 >>> 0));
  const v456 = $fr(acc252 + v455);
  const v458 = $fr(acc257 - acc252);
  const v459 = (v458 > 0);
  const v460 = (v459 ? v458 : 1);
  const v471 = $fr(acc275 / $fr(acc30 >>> 0));
  const v472 = $fr(acc273 + v471);
  const v474 = $fr(acc280 - acc273);
  const v475 = (v474 > 0);
  const v476 = (v475 ? v474 : 1);
  let acc264 = 0;
  let acc287 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v452 = F_v12[row];
    const v453 = (v452 > 0);
    const v454 = (v453 ? 1 : 0);
    const v457 = $fr(v454 - v456);
    const v461 = $fr(v457 / v460);
    const v462 = $fr(v461 * v461);
    const v463 = F_v16[row];
    const v464 = $fr(v463 - v7);
    const v465 = (-v464);
    const v466 = $fr(v465 / u_p_overlong_buffer_len);
    const v467 = $fr(v466 * u_p_overlong_penalty_factor);
    const v468 = Math.min(v467, 0);
    const v469 = (v13 ? v468 : 0);
    const v470 = $fr(v452 + v469);
    const v473 = $fr(v470 - v472);
    const v477 = $fr(v473 / v476);
    const v478 = $fr(v477 * v477);
    acc264 = $fr(acc264 + v462);
    acc287 = $fr(acc287 + v478);
  }
  if ((lid === 0)) {
    F_v264[g] = acc264;
    F_v287[g] = acc287;
  }
  const v488 = ($fr(acc30 >>> 0) > 1);
  const v489 = (v488 ? v472 : 0);
  const v491 = $fr($fr(acc30 >>> 0) - 1);
  const v492 = $fr(acc287 / v491);
  const v493 = $fr(Math.sqrt(v492));
  const v494 = $fr(v493 * v476);
  const v495 = (v488 ? v494 : 1);
  const v496 = $fr(v495 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v479 = F_v12[row];
    const v480 = F_v16[row];
    const v481 = $fr(v480 - v7);
    const v482 = (-v481);
    const v483 = $fr(v482 / u_p_overlong_buffer_len);
    const v484 = $fr(v483 * u_p_overlong_penalty_factor);
    const v485 = Math.min(v484, 0);
    const v486 = (v13 ? v485 : 0);
    const v487 = $fr(v479 + v486);
    const v490 = $fr(v487 - v489);
    const v497 = $fr(v490 / v496);
    const v498 = (v490 === 0);
    const v499 = (v498 ? 0 : v497);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw500 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v501 = F_v246[((sw500 !== (-1)) ? (sw500 & 2147483647) : 0)];
      const v502 = ((sw500 !== (-1)) ? v501 : 0);
      const v503 = $fr(v499 + v502);
      const v504 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v505 = $fr(v504);
      const v506 = $fr(v503 * v505);
      const v507 = v502;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v506;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v507;
    }
  }
  const v508 = ($fr(acc250 >>> 0) === 1);
  const v509 = $fr(acc264 / $fr(acc250 >>> 0));
  const v510 = $fr(Math.sqrt(v509));
  const v511 = $fr(v510 * v460);
  const v512 = (v511 > 0);
  const v513 = (v508 || v512);
  const v514 = (v513 ? 1 : 0);
  // outputs out_keep_group
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v515 = v514;
    F_out_keep_group[row] = v515;
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