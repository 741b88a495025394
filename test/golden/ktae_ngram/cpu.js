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
  const I_response_mask = $I_response_mask;
  const F_v10 = $F_v10;
  const F_v45 = $F_v45;
  const F_v41 = $F_v41;
  const F_v42 = $F_v42;
  const F_v47 = $F_v47;
  const F_v49 = $F_v49;
  const F_v263 = $F_v263;
  const F_v270 = $F_v270;
  const I_kbase = $I_kbase;
  const I_vbase = $I_vbase;
  const H = $H;
  const I_korder = $I_korder;
  const I_responses = $I_responses;
  const F_out_0folds = $F_out_0folds;
  const F_table226 = $F_table226;
  const F_table238 = $F_table238;
  const F_v260 = $F_v260;
  const F_v265 = $F_v265;
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
  // reduce to rollout %10, %45: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc10_0 = 0;
    let acc45_0 = 0;
    let acc10_1 = 0;
    let acc45_1 = 0;
    let acc10_2 = 0;
    let acc45_2 = 0;
    let acc10_3 = 0;
    let acc45_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc10_0 = $fr(acc10_0 + v0);
      const valid_0 = (I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0);
      acc45_0 = (acc45_0 + (valid_0 ? 1 : 0) | 0);
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc10_1 = $fr(acc10_1 + v1);
      const valid_1 = (I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0);
      acc45_1 = (acc45_1 + (valid_1 ? 1 : 0) | 0);
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc10_2 = $fr(acc10_2 + v2);
      const valid_2 = (I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0);
      acc45_2 = (acc45_2 + (valid_2 ? 1 : 0) | 0);
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc10_3 = $fr(acc10_3 + v3);
      const valid_3 = (I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0);
      acc45_3 = (acc45_3 + (valid_3 ? 1 : 0) | 0);
    }
    F_v10[row0] = acc10_0;
    F_v45[row0] = $fr(acc45_0 >>> 0);
    F_v10[row1] = acc10_1;
    F_v45[row1] = $fr(acc45_1 >>> 0);
    F_v10[row2] = acc10_2;
    F_v45[row2] = $fr(acc45_2 >>> 0);
    F_v10[row3] = acc10_3;
    F_v45[row3] = $fr(acc45_3 >>> 0);
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc10 = 0;
    let acc45 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc10 = $fr(acc10 + v4);
      const valid = (I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0);
      acc45 = (acc45 + (valid ? 1 : 0) | 0);
    }
    F_v10[row] = acc10;
    F_v45[row] = $fr(acc45 >>> 0);
  }
  // reduce to group %41, %42, %47, %49, %263, %270
  let acc41 = 0;
  let acc42 = 0;
  let acc47 = 0;
  let acc49 = 0;
  let acc263 = Infinity;
  let acc270 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v10[row];
    const v6 = (v5 > 0);
    const v7 = (v6 ? 1 : 0);
    const v8 = F_v45[row];
    const v9 = (v6 ? v8 : 0);
    const v10 = (v6 ? 0 : v8);
    acc41 = $fr(acc41 + v7);
    acc42 = (acc42 + 1 | 0);
    acc47 = $fr(acc47 + v9);
    acc49 = $fr(acc49 + v10);
    acc263 = Math.min(acc263, v5);
    acc270 = Math.max(acc270, v5);
  }
  if ((lid === 0)) {
    F_v41[g] = acc41;
    F_v42[g] = $fr(acc42 >>> 0);
    F_v47[g] = acc47;
    F_v49[g] = acc49;
    F_v263[g] = acc263;
    F_v270[g] = acc270;
  }
  const v27 = (u_p_n === 3);
  const v29 = (u_p_n === 2);
  const v31 = (u_p_n <= 1);
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
      const v35 = F_v10[row];
      const v36 = (v35 > 0);
      const v37 = (!v36);
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
          const v11 = I_responses[(Math.imul(row, u_T) + Math.min(Math.max((t + (-3) | 0), 0), (u_T - 1 | 0)) | 0)];
          const v12 = ((((t + (-3) | 0) >= 0) && ((t + (-3) | 0) < u_T)) ? v11 : 0);
          const v13 = Math.imul(v12, 1000003);
          const v14 = Math.imul(v13, 1000003);
          const v15 = Math.imul(v14, 1000003);
          const v16 = I_responses[(Math.imul(row, u_T) + Math.min(Math.max((t + (-2) | 0), 0), (u_T - 1 | 0)) | 0)];
          const v17 = ((((t + (-2) | 0) >= 0) && ((t + (-2) | 0) < u_T)) ? v16 : 0);
          const v18 = Math.imul(v17, 1000003);
          const v19 = Math.imul(v18, 1000003);
          const v20 = I_responses[(Math.imul(row, u_T) + Math.min(Math.max((t + (-1) | 0), 0), (u_T - 1 | 0)) | 0)];
          const v21 = ((((t + (-1) | 0) >= 0) && ((t + (-1) | 0) < u_T)) ? v20 : 0);
          const v22 = Math.imul(v21, 1000003);
          const v23 = I_responses[(Math.imul(row, u_T) + t | 0)];
          const v24 = (v22 + v23 | 0);
          const v25 = (v19 + v24 | 0);
          const v26 = (v15 + v25 | 0);
          const v28 = (v27 ? v25 : v26);
          const v30 = (v29 ? v24 : v28);
          const v32 = (v31 ? v23 : v30);
          const v33 = $imod(v32, 2147483647);
          const v34 = (Math.abs(v33) | 0);
          const key = v34;
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
                H[(u_oh_acc53 + r | 0)] = 0;
                H[(u_oh_acc57 + r | 0)] = 0;
                H[(u_oh_acc59 + r | 0)] = 0;
                H[(u_oh_acc77 + r | 0)] = 0;
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
              H[((v36 ? u_oh_acc53 : u_oh_acc57) + r | 0)] = (H[((v36 ? u_oh_acc53 : u_oh_acc57) + r | 0)] + add | 0);
            }
            {
              const add = (v36 ? (true ? 1 : 0) : (false ? 0 : 1));
              H[((v36 ? u_oh_acc59 : u_oh_acc77) + r | 0)] = (H[((v36 ? u_oh_acc59 : u_oh_acc77) + r | 0)] + add | 0);
            }
          }
        }
        H[((u_oh_slot_tok + Math.imul(row, u_T) | 0) + tt | 0)] = word;
      }
    }
    H[(u_oh_count_tok + g | 0)] = nk;
  }
  let bound53 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v38 = F_v10[row];
    const v39 = (v38 > 0);
    bound53 = (bound53 + (v39 ? 1 : 0) | 0);
  }
  let bound57 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v40 = F_v10[row];
    const v41 = (v40 > 0);
    const v42 = (!v41);
    bound57 = (bound57 + (v42 ? 1 : 0) | 0);
  }
  const v43 = (u_p_alpha !== 0);
  const v50 = $fr($fr(acc42 >>> 0) - acc41);
  const v188 = (u_p_beta !== 0);
  // count table %226: its value for every presence count pair of the group (when fewer than its keys)
  const tabled226 = (Math.imul((bound53 + 1 | 0), (bound57 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled226) {
    for (let i = lid; (i >>> 0 < Math.imul((bound53 + 1 | 0), (bound57 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v44 = 0;
      if (v43) {
        const v45 = $fr($fr($udiv(i, (bound57 + 1 | 0)) >>> 0) + $fr($umod(i, (bound57 + 1 | 0)) >>> 0));
        const v46 = $fr(v45 + $fr($udiv(i, (bound57 + 1 | 0)) >>> 0));
        const v47 = $fr(acc41 - $fr($udiv(i, (bound57 + 1 | 0)) >>> 0));
        const v48 = $fr(v46 + v47);
        const v49 = $fr(v45 + v47);
        const v51 = $fr(v50 - $fr($umod(i, (bound57 + 1 | 0)) >>> 0));
        const v52 = $fr(v49 + v51);
        const v53 = $fr(v48 - v52);
        const v54 = Math.max(0, v53);
        const v55 = $fr($fr($udiv(i, (bound57 + 1 | 0)) >>> 0) + v47);
        const v56 = Math.min(v45, v55);
        const v57 = (v54 === v56);
        let v58 = 0;
        if (v57) {
          v58 = 0;
        } else {
          const v61 = $fr(v45 + v55);
          const v62 = $fr(v61 - v52);
          const v63 = Math.max(0, v62);
          const v64 = $i32f(v63);
          const v65 = $i32f(v56);
          const lo59 = v64;
          const hi60 = v65;
          const v66 = $fr(v55 + 1);
          const v67 = adv_lgamma(v66);
          const v68 = $fr($fr($udiv(i, (bound57 + 1 | 0)) >>> 0) + 1);
          const v69 = adv_lgamma(v68);
          const v70 = $fr(v67 - v69);
          const v71 = $fr(v55 - $fr($udiv(i, (bound57 + 1 | 0)) >>> 0));
          const v72 = $fr(v71 + 1);
          const v73 = adv_lgamma(v72);
          const v74 = $fr(v70 - v73);
          const v75 = $fr(v52 - v55);
          const v76 = $fr(v45 - $fr($udiv(i, (bound57 + 1 | 0)) >>> 0));
          const v77 = $fr(v75 + 1);
          const v78 = adv_lgamma(v77);
          const v79 = $fr(v76 + 1);
          const v80 = adv_lgamma(v79);
          const v81 = $fr(v78 - v80);
          const v82 = $fr(v75 - v76);
          const v83 = $fr(v82 + 1);
          const v84 = adv_lgamma(v83);
          const v85 = $fr(v81 - v84);
          const v86 = $fr(v74 + v85);
          const v87 = $fr(v52 + 1);
          const v88 = adv_lgamma(v87);
          const v89 = $fr(v45 + 1);
          const v90 = adv_lgamma(v89);
          const v91 = $fr(v88 - v90);
          const v92 = $fr(v52 - v45);
          const v93 = $fr(v92 + 1);
          const v94 = adv_lgamma(v93);
          const v95 = $fr(v91 - v94);
          const v96 = $fr(v86 - v95);
          const v97 = $fr(v96 + 0.000009999999747378752);
          let fold99 = 0;
          if ((hi60 >= lo59)) {
            if (((hi60 - lo59 | 0) >>> 0 < 1048576 >>> 0)) {
              for (let n121 = 0; (n121 >>> 0 <= (hi60 - lo59 | 0) >>> 0); n121 = (n121 + 1 | 0)) {
                const k98 = (lo59 + n121 | 0);
                const v100 = $fr(k98);
                const v101 = $fr(v100 + 1);
                const v102 = adv_lgamma(v101);
                const v103 = $fr(v67 - v102);
                const v104 = $fr(v55 - v100);
                const v105 = $fr(v104 + 1);
                const v106 = adv_lgamma(v105);
                const v107 = $fr(v103 - v106);
                const v108 = $fr(v45 - v100);
                const v109 = $fr(v108 + 1);
                const v110 = adv_lgamma(v109);
                const v111 = $fr(v78 - v110);
                const v112 = $fr(v75 - v108);
                const v113 = $fr(v112 + 1);
                const v114 = adv_lgamma(v113);
                const v115 = $fr(v111 - v114);
                const v116 = $fr(v107 + v115);
                const v117 = $fr(v116 - v95);
                const v118 = $fr(Math.exp(v117));
                const v119 = (v117 <= v97);
                const v120 = (v119 ? v118 : 0);
                fold99 = $fr(fold99 + v120);
              }
            } else {
              F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
            }
          }
          const v122 = fold99;
          const v123 = $fr((-2) * v122);
          const v124 = $fr(Math.exp(v123));
          v58 = v124;
        }
        const v125 = v58;
        const v126 = $fr(u_p_alpha * v125);
        v44 = v126;
      } else {
        v44 = 0;
      }
      const v127 = v44;
      const v128 = $fr(acc41 - $fr($udiv(i, (bound57 + 1 | 0)) >>> 0));
      const v129 = $fr($fr($udiv(i, (bound57 + 1 | 0)) >>> 0) + v128);
      const v130 = $fr($fr($udiv(i, (bound57 + 1 | 0)) >>> 0) + $fr($umod(i, (bound57 + 1 | 0)) >>> 0));
      const v131 = $fr(v130 + v128);
      const v132 = $fr(v50 - $fr($umod(i, (bound57 + 1 | 0)) >>> 0));
      const v133 = $fr(v131 + v132);
      const v134 = $fr(v129 / v133);
      const v135 = (-v134);
      const v136 = $fr(Math.log2(v134));
      const v137 = $fr(v135 * v136);
      const v138 = (v134 > 0);
      const v139 = (v138 ? v137 : 0);
      const v140 = $fr($fr($umod(i, (bound57 + 1 | 0)) >>> 0) + v132);
      const v141 = $fr(v140 / v133);
      const v142 = (-v141);
      const v143 = $fr(Math.log2(v141));
      const v144 = $fr(v142 * v143);
      const v145 = (v141 > 0);
      const v146 = (v145 ? v144 : 0);
      const v147 = $fr(v139 + v146);
      const v148 = $fr(v130 / v133);
      const v149 = $fr($fr($udiv(i, (bound57 + 1 | 0)) >>> 0) / v130);
      const v150 = (-v149);
      const v151 = $fr(Math.log2(v149));
      const v152 = $fr(v150 * v151);
      const v153 = (v149 > 0);
      const v154 = (v153 ? v152 : 0);
      const v155 = $fr($fr($umod(i, (bound57 + 1 | 0)) >>> 0) / v130);
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
      F_table226[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound57 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound57 + 1 | 0)) | 0) | 0)] = v190;
    }
  }
  // count table %238: its value for every presence count pair of the group (when fewer than its keys)
  const tabled238 = (Math.imul((bound53 + 1 | 0), (bound57 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled238) {
    for (let i = lid; (i >>> 0 < Math.imul((bound53 + 1 | 0), (bound57 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v191 = $fr(acc41 - $fr($udiv(i, (bound57 + 1 | 0)) >>> 0));
      const v192 = $fr($fr($udiv(i, (bound57 + 1 | 0)) >>> 0) + v191);
      const v193 = $fr(v192 + 1.000000013351432e-10);
      const v194 = $fr($fr($udiv(i, (bound57 + 1 | 0)) >>> 0) / v193);
      const v195 = Math.min(Math.max(v194, 0), 1);
      const v196 = $fr(Math.sqrt(v195));
      const v197 = adv_asin(v196);
      const v198 = $fr(v50 - $fr($umod(i, (bound57 + 1 | 0)) >>> 0));
      const v199 = $fr($fr($umod(i, (bound57 + 1 | 0)) >>> 0) + v198);
      const v200 = $fr(v199 + 1.000000013351432e-10);
      const v201 = $fr($fr($umod(i, (bound57 + 1 | 0)) >>> 0) / v200);
      const v202 = Math.min(Math.max(v201, 0), 1);
      const v203 = $fr(Math.sqrt(v202));
      const v204 = adv_asin(v203);
      const v205 = $fr(v197 - v204);
      F_table238[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound57 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound57 + 1 | 0)) | 0) | 0)] = v205;
    }
  }
  const v206 = (acc41 > 0);
  const v207 = (v50 > 0);
  const v208 = (v206 && v207);
  const v386 = $fr(u_p_bm25_k1 + 1);
  const v388 = $fr(1 - u_p_bm25_b);
  const v389 = $fr(u_p_bm25_b * acc47);
  const v390 = $fr(acc47 + acc49);
  const v391 = $fr(v390 / 2);
  const v392 = $fr(v389 / v391);
  const v393 = $fr(v388 + v392);
  const v394 = $fr(u_p_bm25_k1 * v393);
  const v397 = (acc47 > 0);
  const v402 = $fr(u_p_bm25_b * acc49);
  const v403 = $fr(acc49 + acc47);
  const v404 = $fr(v403 / 2);
  const v405 = $fr(v402 / v404);
  const v406 = $fr(v388 + v405);
  const v407 = $fr(u_p_bm25_k1 * v406);
  const v410 = (acc49 > 0);
  const v417 = (u_p_gamma !== 0);
  const v421 = $fr(u_p_alpha + u_p_beta);
  // key-map %260: once per distinct key of the group
  const nkeys260 = H[(u_oh_count_tok + g | 0)];
  // its memo: the group's hash slots, free once its keys are built, as 8-word entries (a tag, the inputs, the value), tags cleared
  const mbase260 = I_kbase[g];
  const mentries260 = $udiv((I_kbase[(g + 1 | 0)] - mbase260 | 0), 8);
  for (let i = 0; (i >>> 0 < mentries260 >>> 0); i = (i + 1 | 0)) {
    H[(u_oh_table_tok + (mbase260 + Math.imul(i, 8) | 0) | 0)] = 0;
  }
  for (let i = lid; (i >>> 0 < nkeys260 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v209 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
    const v210 = (v209 !== u_p_zero_token_id);
    const v211 = (v208 && v210);
    let v212 = 0;
    if (v211) {
      const mw213 = H[(u_oh_acc53 + slot | 0)];
      const mw214 = H[(u_oh_acc57 + slot | 0)];
      const mw215 = H[(u_oh_acc59 + slot | 0)];
      const mw216 = H[(u_oh_acc77 + slot | 0)];
      const mh217 = ((((0 ^ Math.imul(mw213, (-1640531535))) ^ Math.imul(mw214, (-2048144777))) ^ Math.imul(mw215, (-1028477379))) ^ Math.imul(mw216, 668265263));
      const me218 = (u_oh_table_tok + (mbase260 + Math.imul(((mh217 ^ (mh217 >>> 15 | 0)) & (mentries260 - 1 | 0)), 8) | 0) | 0);
      let v219 = 0;
      if (((((((mentries260 >>> 0 > 0 >>> 0) && (H[(me218 + 0 | 0)] === 1)) && (H[(me218 + 1 | 0)] === mw213)) && (H[(me218 + 2 | 0)] === mw214)) && (H[(me218 + 3 | 0)] === mw215)) && (H[(me218 + 4 | 0)] === mw216))) {
        v219 = $f32bits(H[(me218 + 7 | 0)]);
      } else {
        const v220 = $fr(H[(u_oh_acc53 + slot | 0)] >>> 0);
        const v221 = $fr(H[(u_oh_acc57 + slot | 0)] >>> 0);
        let v222 = 0;
        if (tabled226) {
          v222 = F_table226[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v220 > 0 ? (v220 < 4294967296 ? v220 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v221 > 0 ? (v221 < 4294967296 ? v221 >>> 0 | 0 : -1) : 0) | 0) | 0)];
        } else {
          let v223 = 0;
          if (v43) {
            const v224 = $fr(v220 + v221);
            const v225 = $fr(v224 + v220);
            const v226 = $fr(acc41 - v220);
            const v227 = $fr(v225 + v226);
            const v228 = $fr(v224 + v226);
            const v229 = $fr(v50 - v221);
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
              const v239 = $fr(v224 + v233);
              const v240 = $fr(v239 - v230);
              const v241 = Math.max(0, v240);
              const v242 = $i32f(v241);
              const v243 = $i32f(v234);
              const lo237 = v242;
              const hi238 = v243;
              const v244 = $fr(v233 + 1);
              const v245 = adv_lgamma(v244);
              const v246 = $fr(v220 + 1);
              const v247 = adv_lgamma(v246);
              const v248 = $fr(v245 - v247);
              const v249 = $fr(v233 - v220);
              const v250 = $fr(v249 + 1);
              const v251 = adv_lgamma(v250);
              const v252 = $fr(v248 - v251);
              const v253 = $fr(v230 - v233);
              const v254 = $fr(v224 - v220);
              const v255 = $fr(v253 + 1);
              const v256 = adv_lgamma(v255);
              const v257 = $fr(v254 + 1);
              const v258 = adv_lgamma(v257);
              const v259 = $fr(v256 - v258);
              const v260 = $fr(v253 - v254);
              const v261 = $fr(v260 + 1);
              const v262 = adv_lgamma(v261);
              const v263 = $fr(v259 - v262);
              const v264 = $fr(v252 + v263);
              const v265 = $fr(v230 + 1);
              const v266 = adv_lgamma(v265);
              const v267 = $fr(v224 + 1);
              const v268 = adv_lgamma(v267);
              const v269 = $fr(v266 - v268);
              const v270 = $fr(v230 - v224);
              const v271 = $fr(v270 + 1);
              const v272 = adv_lgamma(v271);
              const v273 = $fr(v269 - v272);
              const v274 = $fr(v264 - v273);
              const v275 = $fr(v274 + 0.000009999999747378752);
              let fold277 = 0;
              if ((hi238 >= lo237)) {
                if (((hi238 - lo237 | 0) >>> 0 < 1048576 >>> 0)) {
                  for (let n299 = 0; (n299 >>> 0 <= (hi238 - lo237 | 0) >>> 0); n299 = (n299 + 1 | 0)) {
                    const k276 = (lo237 + n299 | 0);
                    const v278 = $fr(k276);
                    const v279 = $fr(v278 + 1);
                    const v280 = adv_lgamma(v279);
                    const v281 = $fr(v245 - v280);
                    const v282 = $fr(v233 - v278);
                    const v283 = $fr(v282 + 1);
                    const v284 = adv_lgamma(v283);
                    const v285 = $fr(v281 - v284);
                    const v286 = $fr(v224 - v278);
                    const v287 = $fr(v286 + 1);
                    const v288 = adv_lgamma(v287);
                    const v289 = $fr(v256 - v288);
                    const v290 = $fr(v253 - v286);
                    const v291 = $fr(v290 + 1);
                    const v292 = adv_lgamma(v291);
                    const v293 = $fr(v289 - v292);
                    const v294 = $fr(v285 + v293);
                    const v295 = $fr(v294 - v273);
                    const v296 = $fr(Math.exp(v295));
                    const v297 = (v295 <= v275);
                    const v298 = (v297 ? v296 : 0);
                    fold277 = $fr(fold277 + v298);
                  }
                } else {
                  F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
                }
              }
              const v300 = fold277;
              const v301 = $fr((-2) * v300);
              const v302 = $fr(Math.exp(v301));
              v236 = v302;
            }
            const v303 = v236;
            const v304 = $fr(u_p_alpha * v303);
            v223 = v304;
          } else {
            v223 = 0;
          }
          const v305 = v223;
          const v306 = $fr(acc41 - v220);
          const v307 = $fr(v220 + v306);
          const v308 = $fr(v220 + v221);
          const v309 = $fr(v308 + v306);
          const v310 = $fr(v50 - v221);
          const v311 = $fr(v309 + v310);
          const v312 = $fr(v307 / v311);
          const v313 = (-v312);
          const v314 = $fr(Math.log2(v312));
          const v315 = $fr(v313 * v314);
          const v316 = (v312 > 0);
          const v317 = (v316 ? v315 : 0);
          const v318 = $fr(v221 + v310);
          const v319 = $fr(v318 / v311);
          const v320 = (-v319);
          const v321 = $fr(Math.log2(v319));
          const v322 = $fr(v320 * v321);
          const v323 = (v319 > 0);
          const v324 = (v323 ? v322 : 0);
          const v325 = $fr(v317 + v324);
          const v326 = $fr(v308 / v311);
          const v327 = $fr(v220 / v308);
          const v328 = (-v327);
          const v329 = $fr(Math.log2(v327));
          const v330 = $fr(v328 * v329);
          const v331 = (v327 > 0);
          const v332 = (v331 ? v330 : 0);
          const v333 = $fr(v221 / v308);
          const v334 = (-v333);
          const v335 = $fr(Math.log2(v333));
          const v336 = $fr(v334 * v335);
          const v337 = (v333 > 0);
          const v338 = (v337 ? v336 : 0);
          const v339 = $fr(v332 + v338);
          const v340 = (v308 > 0);
          const v341 = (v340 ? v339 : 0);
          const v342 = $fr(v326 * v341);
          const v343 = $fr(v306 + v310);
          const v344 = $fr(v343 / v311);
          const v345 = $fr(v306 / v343);
          const v346 = (-v345);
          const v347 = $fr(Math.log2(v345));
          const v348 = $fr(v346 * v347);
          const v349 = (v345 > 0);
          const v350 = (v349 ? v348 : 0);
          const v351 = $fr(v310 / v343);
          const v352 = (-v351);
          const v353 = $fr(Math.log2(v351));
          const v354 = $fr(v352 * v353);
          const v355 = (v351 > 0);
          const v356 = (v355 ? v354 : 0);
          const v357 = $fr(v350 + v356);
          const v358 = (v343 > 0);
          const v359 = (v358 ? v357 : 0);
          const v360 = $fr(v344 * v359);
          const v361 = $fr(v342 + v360);
          const v362 = $fr(v325 - v361);
          const v363 = (v311 > 0);
          const v364 = (v363 ? v362 : 0);
          const v365 = $fr(u_p_beta * v364);
          const v366 = (v188 ? v365 : 0);
          v222 = $fr(v305 + v366);
        }
        const v367 = v222;
        let v368 = 0;
        if (tabled238) {
          v368 = F_table238[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v220 > 0 ? (v220 < 4294967296 ? v220 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v221 > 0 ? (v221 < 4294967296 ? v221 >>> 0 | 0 : -1) : 0) | 0) | 0)];
        } else {
          const v369 = $fr(acc41 - v220);
          const v370 = $fr(v220 + v369);
          const v371 = $fr(v370 + 1.000000013351432e-10);
          const v372 = $fr(v220 / v371);
          const v373 = Math.min(Math.max(v372, 0), 1);
          const v374 = $fr(Math.sqrt(v373));
          const v375 = adv_asin(v374);
          const v376 = $fr(v50 - v221);
          const v377 = $fr(v221 + v376);
          const v378 = $fr(v377 + 1.000000013351432e-10);
          const v379 = $fr(v221 / v378);
          const v380 = Math.min(Math.max(v379, 0), 1);
          const v381 = $fr(Math.sqrt(v380));
          const v382 = adv_asin(v381);
          v368 = $fr(v375 - v382);
        }
        const v383 = v368;
        const v384 = $fr(H[(u_oh_acc59 + slot | 0)] >>> 0);
        const v385 = $fr(v384 / acc47);
        const v387 = $fr(v385 * v386);
        const v395 = $fr(v385 + v394);
        const v396 = $fr(v387 / v395);
        const v398 = (v397 ? v396 : 0);
        const v399 = $fr(H[(u_oh_acc77 + slot | 0)] >>> 0);
        const v400 = $fr(v399 / acc49);
        const v401 = $fr(v400 * v386);
        const v408 = $fr(v400 + v407);
        const v409 = $fr(v401 / v408);
        const v411 = (v410 ? v409 : 0);
        const v412 = $fr(v411 + 0.000009999999747378752);
        const v413 = $fr(v398 / v412);
        const v414 = $fr(v398 + 0.000009999999747378752);
        const v415 = $fr(v411 / v414);
        const v416 = $fr(v413 - v415);
        const v418 = (v417 ? v416 : 0);
        const v419 = $fr(v383 + v418);
        const v420 = $fr(v367 * v419);
        const v422 = $fr(v420 / v421);
        const v423 = $fr(1 / $fr(1 + $fr(Math.exp((-v422)))));
        const v424 = $fr(v423 - 0.5);
        const v425 = $fr(v424 * 2);
        v219 = $fr(v425 * u_p_top);
        if ((mentries260 >>> 0 > 0 >>> 0)) {
          H[me218] = 1;
          H[(me218 + 1 | 0)] = mw213;
          H[(me218 + 2 | 0)] = mw214;
          H[(me218 + 3 | 0)] = mw215;
          H[(me218 + 4 | 0)] = mw216;
          H[(me218 + 7 | 0)] = $bitsf32(v219);
        }
      }
      const v426 = v219;
      v212 = v426;
    } else {
      v212 = 0;
    }
    F_v260[slot] = v212;
  }
  // reduce to group %265
  let acc265 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v427 = F_v10[row];
    const v428 = $fr(v427 - acc263);
    acc265 = $fr(acc265 + v428);
  }
  if ((lid === 0)) {
    F_v265[g] = acc265;
  }
  // reduce to group %277
  const v430 = $fr(acc265 / $fr(acc42 >>> 0));
  const v431 = $fr(acc263 + v430);
  const v433 = $fr(acc270 - acc263);
  const v434 = (v433 > 0);
  const v435 = (v434 ? v433 : 1);
  let acc277 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v429 = F_v10[row];
    const v432 = $fr(v429 - v431);
    const v436 = $fr(v432 / v435);
    const v437 = $fr(v436 * v436);
    acc277 = $fr(acc277 + v437);
  }
  if ((lid === 0)) {
    F_v277[g] = acc277;
  }
  const v439 = ($fr(acc42 >>> 0) > 1);
  const v440 = (v439 ? v431 : 0);
  const v442 = $fr($fr(acc42 >>> 0) - 1);
  const v443 = $fr(acc277 / v442);
  const v444 = $fr(Math.sqrt(v443));
  const v445 = $fr(v444 * v435);
  const v446 = (v439 ? v445 : 1);
  const v447 = $fr(v446 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v438 = F_v10[row];
    const v441 = $fr(v438 - v440);
    const v448 = $fr(v441 / v447);
    const v449 = (v441 === 0);
    const v450 = (v449 ? 0 : v448);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw451 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v452 = F_v260[((sw451 !== (-1)) ? (sw451 & 2147483647) : 0)];
      const v453 = ((sw451 !== (-1)) ? v452 : 0);
      const v454 = $fr(v450 + v453);
      const v455 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v456 = $fr(v455);
      const v457 = $fr(v454 * v456);
      const v458 = v453;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v457;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v458;
    }
  }
}
let u, $H, $F_token_level_rewards, $F_v10, $F_v45, $F_v41, $F_v42, $F_v47, $F_v49, $F_v263, $F_v270, $F_out_0folds, $F_table226, $F_table238, $F_v260, $F_v265, $F_v277, $F_out_advantages, $F_out_key_values, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase, $I_korder, $I_responses;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v10 = f["v10"];
  $F_v45 = f["v45"];
  $F_v41 = f["v41"];
  $F_v42 = f["v42"];
  $F_v47 = f["v47"];
  $F_v49 = f["v49"];
  $F_v263 = f["v263"];
  $F_v270 = f["v270"];
  $F_out_0folds = f["out_0folds"];
  $F_table226 = f["table226"];
  $F_table238 = f["table238"];
  $F_v260 = f["v260"];
  $F_v265 = f["v265"];
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