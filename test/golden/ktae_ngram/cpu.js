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
      const v36 = F_v10[row];
      const v37 = (v36 > 0);
      const v38 = (!v37);
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
            const v35 = ((word >>> 31 | 0) !== 0);
            {
              const a39 = (v35 ? (v37 ? 1 : 0) : 0);
              const a40 = (v35 ? (v38 ? 1 : 0) : 0);
              const add = (a39 + a40 | 0);
              H[((v37 ? u_oh_acc53 : u_oh_acc57) + (word & 2147483647) | 0)] = (H[((v37 ? u_oh_acc53 : u_oh_acc57) + (word & 2147483647) | 0)] + add | 0);
            }
            {
              const a41 = (v37 ? 1 : 0);
              const a42 = (v37 ? 0 : 1);
              const add = (a41 + a42 | 0);
              H[((v37 ? u_oh_acc59 : u_oh_acc77) + (word & 2147483647) | 0)] = (H[((v37 ? u_oh_acc59 : u_oh_acc77) + (word & 2147483647) | 0)] + add | 0);
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
    const v43 = F_v10[row];
    const v44 = (v43 > 0);
    bound53 = (bound53 + (v44 ? 1 : 0) | 0);
  }
  let bound57 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v45 = F_v10[row];
    const v46 = (v45 > 0);
    const v47 = (!v46);
    bound57 = (bound57 + (v47 ? 1 : 0) | 0);
  }
  const v48 = (u_p_alpha !== 0);
  const v55 = $fr($fr(acc42 >>> 0) - acc41);
  const v193 = (u_p_beta !== 0);
  // count table %226: its value for every presence count pair of the group (when fewer than its keys)
  const tabled226 = (Math.imul((bound53 + 1 | 0), (bound57 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled226) {
    for (let i = lid; (i >>> 0 < Math.imul((bound53 + 1 | 0), (bound57 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v49 = 0;
      if (v48) {
        const v50 = $fr($fr($udiv(i, (bound57 + 1 | 0)) >>> 0) + $fr($umod(i, (bound57 + 1 | 0)) >>> 0));
        const v51 = $fr(v50 + $fr($udiv(i, (bound57 + 1 | 0)) >>> 0));
        const v52 = $fr(acc41 - $fr($udiv(i, (bound57 + 1 | 0)) >>> 0));
        const v53 = $fr(v51 + v52);
        const v54 = $fr(v50 + v52);
        const v56 = $fr(v55 - $fr($umod(i, (bound57 + 1 | 0)) >>> 0));
        const v57 = $fr(v54 + v56);
        const v58 = $fr(v53 - v57);
        const v59 = Math.max(0, v58);
        const v60 = $fr($fr($udiv(i, (bound57 + 1 | 0)) >>> 0) + v52);
        const v61 = Math.min(v50, v60);
        const v62 = (v59 === v61);
        let v63 = 0;
        if (v62) {
          v63 = 0;
        } else {
          const v66 = $fr(v50 + v60);
          const v67 = $fr(v66 - v57);
          const v68 = Math.max(0, v67);
          const v69 = $i32f(v68);
          const v70 = $i32f(v61);
          const lo64 = v69;
          const hi65 = v70;
          const v71 = $fr(v60 + 1);
          const v72 = adv_lgamma(v71);
          const v73 = $fr($fr($udiv(i, (bound57 + 1 | 0)) >>> 0) + 1);
          const v74 = adv_lgamma(v73);
          const v75 = $fr(v72 - v74);
          const v76 = $fr(v60 - $fr($udiv(i, (bound57 + 1 | 0)) >>> 0));
          const v77 = $fr(v76 + 1);
          const v78 = adv_lgamma(v77);
          const v79 = $fr(v75 - v78);
          const v80 = $fr(v57 - v60);
          const v81 = $fr(v50 - $fr($udiv(i, (bound57 + 1 | 0)) >>> 0));
          const v82 = $fr(v80 + 1);
          const v83 = adv_lgamma(v82);
          const v84 = $fr(v81 + 1);
          const v85 = adv_lgamma(v84);
          const v86 = $fr(v83 - v85);
          const v87 = $fr(v80 - v81);
          const v88 = $fr(v87 + 1);
          const v89 = adv_lgamma(v88);
          const v90 = $fr(v86 - v89);
          const v91 = $fr(v79 + v90);
          const v92 = $fr(v57 + 1);
          const v93 = adv_lgamma(v92);
          const v94 = $fr(v50 + 1);
          const v95 = adv_lgamma(v94);
          const v96 = $fr(v93 - v95);
          const v97 = $fr(v57 - v50);
          const v98 = $fr(v97 + 1);
          const v99 = adv_lgamma(v98);
          const v100 = $fr(v96 - v99);
          const v101 = $fr(v91 - v100);
          const v102 = $fr(v101 + 0.000009999999747378752);
          let fold104 = 0;
          if ((hi65 >= lo64)) {
            if (((hi65 - lo64 | 0) >>> 0 < 1048576 >>> 0)) {
              for (let n126 = 0; (n126 >>> 0 <= (hi65 - lo64 | 0) >>> 0); n126 = (n126 + 1 | 0)) {
                const k103 = (lo64 + n126 | 0);
                const v105 = $fr(k103);
                const v106 = $fr(v105 + 1);
                const v107 = adv_lgamma(v106);
                const v108 = $fr(v72 - v107);
                const v109 = $fr(v60 - v105);
                const v110 = $fr(v109 + 1);
                const v111 = adv_lgamma(v110);
                const v112 = $fr(v108 - v111);
                const v113 = $fr(v50 - v105);
                const v114 = $fr(v113 + 1);
                const v115 = adv_lgamma(v114);
                const v116 = $fr(v83 - v115);
                const v117 = $fr(v80 - v113);
                const v118 = $fr(v117 + 1);
                const v119 = adv_lgamma(v118);
                const v120 = $fr(v116 - v119);
                const v121 = $fr(v112 + v120);
                const v122 = $fr(v121 - v100);
                const v123 = $fr(Math.exp(v122));
                const v124 = (v122 <= v102);
                const v125 = (v124 ? v123 : 0);
                fold104 = $fr(fold104 + v125);
              }
            } else {
              F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
            }
          }
          const v127 = fold104;
          const v128 = $fr((-2) * v127);
          const v129 = $fr(Math.exp(v128));
          v63 = v129;
        }
        const v130 = v63;
        const v131 = $fr(u_p_alpha * v130);
        v49 = v131;
      } else {
        v49 = 0;
      }
      const v132 = v49;
      const v133 = $fr(acc41 - $fr($udiv(i, (bound57 + 1 | 0)) >>> 0));
      const v134 = $fr($fr($udiv(i, (bound57 + 1 | 0)) >>> 0) + v133);
      const v135 = $fr($fr($udiv(i, (bound57 + 1 | 0)) >>> 0) + $fr($umod(i, (bound57 + 1 | 0)) >>> 0));
      const v136 = $fr(v135 + v133);
      const v137 = $fr(v55 - $fr($umod(i, (bound57 + 1 | 0)) >>> 0));
      const v138 = $fr(v136 + v137);
      const v139 = $fr(v134 / v138);
      const v140 = (-v139);
      const v141 = $fr(Math.log2(v139));
      const v142 = $fr(v140 * v141);
      const v143 = (v139 > 0);
      const v144 = (v143 ? v142 : 0);
      const v145 = $fr($fr($umod(i, (bound57 + 1 | 0)) >>> 0) + v137);
      const v146 = $fr(v145 / v138);
      const v147 = (-v146);
      const v148 = $fr(Math.log2(v146));
      const v149 = $fr(v147 * v148);
      const v150 = (v146 > 0);
      const v151 = (v150 ? v149 : 0);
      const v152 = $fr(v144 + v151);
      const v153 = $fr(v135 / v138);
      const v154 = $fr($fr($udiv(i, (bound57 + 1 | 0)) >>> 0) / v135);
      const v155 = (-v154);
      const v156 = $fr(Math.log2(v154));
      const v157 = $fr(v155 * v156);
      const v158 = (v154 > 0);
      const v159 = (v158 ? v157 : 0);
      const v160 = $fr($fr($umod(i, (bound57 + 1 | 0)) >>> 0) / v135);
      const v161 = (-v160);
      const v162 = $fr(Math.log2(v160));
      const v163 = $fr(v161 * v162);
      const v164 = (v160 > 0);
      const v165 = (v164 ? v163 : 0);
      const v166 = $fr(v159 + v165);
      const v167 = (v135 > 0);
      const v168 = (v167 ? v166 : 0);
      const v169 = $fr(v153 * v168);
      const v170 = $fr(v133 + v137);
      const v171 = $fr(v170 / v138);
      const v172 = $fr(v133 / v170);
      const v173 = (-v172);
      const v174 = $fr(Math.log2(v172));
      const v175 = $fr(v173 * v174);
      const v176 = (v172 > 0);
      const v177 = (v176 ? v175 : 0);
      const v178 = $fr(v137 / v170);
      const v179 = (-v178);
      const v180 = $fr(Math.log2(v178));
      const v181 = $fr(v179 * v180);
      const v182 = (v178 > 0);
      const v183 = (v182 ? v181 : 0);
      const v184 = $fr(v177 + v183);
      const v185 = (v170 > 0);
      const v186 = (v185 ? v184 : 0);
      const v187 = $fr(v171 * v186);
      const v188 = $fr(v169 + v187);
      const v189 = $fr(v152 - v188);
      const v190 = (v138 > 0);
      const v191 = (v190 ? v189 : 0);
      const v192 = $fr(u_p_beta * v191);
      const v194 = (v193 ? v192 : 0);
      const v195 = $fr(v132 + v194);
      F_table226[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound57 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound57 + 1 | 0)) | 0) | 0)] = v195;
    }
  }
  // count table %238: its value for every presence count pair of the group (when fewer than its keys)
  const tabled238 = (Math.imul((bound53 + 1 | 0), (bound57 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled238) {
    for (let i = lid; (i >>> 0 < Math.imul((bound53 + 1 | 0), (bound57 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v196 = $fr(acc41 - $fr($udiv(i, (bound57 + 1 | 0)) >>> 0));
      const v197 = $fr($fr($udiv(i, (bound57 + 1 | 0)) >>> 0) + v196);
      const v198 = $fr(v197 + 1.000000013351432e-10);
      const v199 = $fr($fr($udiv(i, (bound57 + 1 | 0)) >>> 0) / v198);
      const v200 = Math.min(Math.max(v199, 0), 1);
      const v201 = $fr(Math.sqrt(v200));
      const v202 = adv_asin(v201);
      const v203 = $fr(v55 - $fr($umod(i, (bound57 + 1 | 0)) >>> 0));
      const v204 = $fr($fr($umod(i, (bound57 + 1 | 0)) >>> 0) + v203);
      const v205 = $fr(v204 + 1.000000013351432e-10);
      const v206 = $fr($fr($umod(i, (bound57 + 1 | 0)) >>> 0) / v205);
      const v207 = Math.min(Math.max(v206, 0), 1);
      const v208 = $fr(Math.sqrt(v207));
      const v209 = adv_asin(v208);
      const v210 = $fr(v202 - v209);
      F_table238[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound57 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound57 + 1 | 0)) | 0) | 0)] = v210;
    }
  }
  const v211 = (acc41 > 0);
  const v212 = (v55 > 0);
  const v213 = (v211 && v212);
  const v384 = $fr(u_p_bm25_k1 + 1);
  const v386 = $fr(1 - u_p_bm25_b);
  const v387 = $fr(u_p_bm25_b * acc47);
  const v388 = $fr(acc47 + acc49);
  const v389 = $fr(v388 / 2);
  const v390 = $fr(v387 / v389);
  const v391 = $fr(v386 + v390);
  const v392 = $fr(u_p_bm25_k1 * v391);
  const v395 = (acc47 > 0);
  const v400 = $fr(u_p_bm25_b * acc49);
  const v401 = $fr(acc49 + acc47);
  const v402 = $fr(v401 / 2);
  const v403 = $fr(v400 / v402);
  const v404 = $fr(v386 + v403);
  const v405 = $fr(u_p_bm25_k1 * v404);
  const v408 = (acc49 > 0);
  const v415 = (u_p_gamma !== 0);
  const v419 = $fr(u_p_alpha + u_p_beta);
  // key-map %260: once per distinct key of the group
  const nkeys260 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys260 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v214 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
    const v215 = (v214 !== u_p_zero_token_id);
    const v216 = (v213 && v215);
    let v217 = 0;
    if (v216) {
      const v218 = $fr(H[(u_oh_acc53 + slot | 0)] >>> 0);
      const v219 = $fr(H[(u_oh_acc57 + slot | 0)] >>> 0);
      let v220 = 0;
      if (tabled226) {
        v220 = F_table226[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v218 > 0 ? (v218 < 4294967296 ? v218 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v219 > 0 ? (v219 < 4294967296 ? v219 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        let v221 = 0;
        if (v48) {
          const v222 = $fr(v218 + v219);
          const v223 = $fr(v222 + v218);
          const v224 = $fr(acc41 - v218);
          const v225 = $fr(v223 + v224);
          const v226 = $fr(v222 + v224);
          const v227 = $fr(v55 - v219);
          const v228 = $fr(v226 + v227);
          const v229 = $fr(v225 - v228);
          const v230 = Math.max(0, v229);
          const v231 = $fr(v218 + v224);
          const v232 = Math.min(v222, v231);
          const v233 = (v230 === v232);
          let v234 = 0;
          if (v233) {
            v234 = 0;
          } else {
            const v237 = $fr(v222 + v231);
            const v238 = $fr(v237 - v228);
            const v239 = Math.max(0, v238);
            const v240 = $i32f(v239);
            const v241 = $i32f(v232);
            const lo235 = v240;
            const hi236 = v241;
            const v242 = $fr(v231 + 1);
            const v243 = adv_lgamma(v242);
            const v244 = $fr(v218 + 1);
            const v245 = adv_lgamma(v244);
            const v246 = $fr(v243 - v245);
            const v247 = $fr(v231 - v218);
            const v248 = $fr(v247 + 1);
            const v249 = adv_lgamma(v248);
            const v250 = $fr(v246 - v249);
            const v251 = $fr(v228 - v231);
            const v252 = $fr(v222 - v218);
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
            const v263 = $fr(v228 + 1);
            const v264 = adv_lgamma(v263);
            const v265 = $fr(v222 + 1);
            const v266 = adv_lgamma(v265);
            const v267 = $fr(v264 - v266);
            const v268 = $fr(v228 - v222);
            const v269 = $fr(v268 + 1);
            const v270 = adv_lgamma(v269);
            const v271 = $fr(v267 - v270);
            const v272 = $fr(v262 - v271);
            const v273 = $fr(v272 + 0.000009999999747378752);
            let fold275 = 0;
            if ((hi236 >= lo235)) {
              if (((hi236 - lo235 | 0) >>> 0 < 1048576 >>> 0)) {
                for (let n297 = 0; (n297 >>> 0 <= (hi236 - lo235 | 0) >>> 0); n297 = (n297 + 1 | 0)) {
                  const k274 = (lo235 + n297 | 0);
                  const v276 = $fr(k274);
                  const v277 = $fr(v276 + 1);
                  const v278 = adv_lgamma(v277);
                  const v279 = $fr(v243 - v278);
                  const v280 = $fr(v231 - v276);
                  const v281 = $fr(v280 + 1);
                  const v282 = adv_lgamma(v281);
                  const v283 = $fr(v279 - v282);
                  const v284 = $fr(v222 - v276);
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
              } else {
                F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
              }
            }
            const v298 = fold275;
            const v299 = $fr((-2) * v298);
            const v300 = $fr(Math.exp(v299));
            v234 = v300;
          }
          const v301 = v234;
          const v302 = $fr(u_p_alpha * v301);
          v221 = v302;
        } else {
          v221 = 0;
        }
        const v303 = v221;
        const v304 = $fr(acc41 - v218);
        const v305 = $fr(v218 + v304);
        const v306 = $fr(v218 + v219);
        const v307 = $fr(v306 + v304);
        const v308 = $fr(v55 - v219);
        const v309 = $fr(v307 + v308);
        const v310 = $fr(v305 / v309);
        const v311 = (-v310);
        const v312 = $fr(Math.log2(v310));
        const v313 = $fr(v311 * v312);
        const v314 = (v310 > 0);
        const v315 = (v314 ? v313 : 0);
        const v316 = $fr(v219 + v308);
        const v317 = $fr(v316 / v309);
        const v318 = (-v317);
        const v319 = $fr(Math.log2(v317));
        const v320 = $fr(v318 * v319);
        const v321 = (v317 > 0);
        const v322 = (v321 ? v320 : 0);
        const v323 = $fr(v315 + v322);
        const v324 = $fr(v306 / v309);
        const v325 = $fr(v218 / v306);
        const v326 = (-v325);
        const v327 = $fr(Math.log2(v325));
        const v328 = $fr(v326 * v327);
        const v329 = (v325 > 0);
        const v330 = (v329 ? v328 : 0);
        const v331 = $fr(v219 / v306);
        const v332 = (-v331);
        const v333 = $fr(Math.log2(v331));
        const v334 = $fr(v332 * v333);
        const v335 = (v331 > 0);
        const v336 = (v335 ? v334 : 0);
        const v337 = $fr(v330 + v336);
        const v338 = (v306 > 0);
        const v339 = (v338 ? v337 : 0);
        const v340 = $fr(v324 * v339);
        const v341 = $fr(v304 + v308);
        const v342 = $fr(v341 / v309);
        const v343 = $fr(v304 / v341);
        const v344 = (-v343);
        const v345 = $fr(Math.log2(v343));
        const v346 = $fr(v344 * v345);
        const v347 = (v343 > 0);
        const v348 = (v347 ? v346 : 0);
        const v349 = $fr(v308 / v341);
        const v350 = (-v349);
        const v351 = $fr(Math.log2(v349));
        const v352 = $fr(v350 * v351);
        const v353 = (v349 > 0);
        const v354 = (v353 ? v352 : 0);
        const v355 = $fr(v348 + v354);
        const v356 = (v341 > 0);
        const v357 = (v356 ? v355 : 0);
        const v358 = $fr(v342 * v357);
        const v359 = $fr(v340 + v358);
        const v360 = $fr(v323 - v359);
        const v361 = (v309 > 0);
        const v362 = (v361 ? v360 : 0);
        const v363 = $fr(u_p_beta * v362);
        const v364 = (v193 ? v363 : 0);
        v220 = $fr(v303 + v364);
      }
      const v365 = v220;
      let v366 = 0;
      if (tabled238) {
        v366 = F_table238[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v218 > 0 ? (v218 < 4294967296 ? v218 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v219 > 0 ? (v219 < 4294967296 ? v219 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        const v367 = $fr(acc41 - v218);
        const v368 = $fr(v218 + v367);
        const v369 = $fr(v368 + 1.000000013351432e-10);
        const v370 = $fr(v218 / v369);
        const v371 = Math.min(Math.max(v370, 0), 1);
        const v372 = $fr(Math.sqrt(v371));
        const v373 = adv_asin(v372);
        const v374 = $fr(v55 - v219);
        const v375 = $fr(v219 + v374);
        const v376 = $fr(v375 + 1.000000013351432e-10);
        const v377 = $fr(v219 / v376);
        const v378 = Math.min(Math.max(v377, 0), 1);
        const v379 = $fr(Math.sqrt(v378));
        const v380 = adv_asin(v379);
        v366 = $fr(v373 - v380);
      }
      const v381 = v366;
      const v382 = $fr(H[(u_oh_acc59 + slot | 0)] >>> 0);
      const v383 = $fr(v382 / acc47);
      const v385 = $fr(v383 * v384);
      const v393 = $fr(v383 + v392);
      const v394 = $fr(v385 / v393);
      const v396 = (v395 ? v394 : 0);
      const v397 = $fr(H[(u_oh_acc77 + slot | 0)] >>> 0);
      const v398 = $fr(v397 / acc49);
      const v399 = $fr(v398 * v384);
      const v406 = $fr(v398 + v405);
      const v407 = $fr(v399 / v406);
      const v409 = (v408 ? v407 : 0);
      const v410 = $fr(v409 + 0.000009999999747378752);
      const v411 = $fr(v396 / v410);
      const v412 = $fr(v396 + 0.000009999999747378752);
      const v413 = $fr(v409 / v412);
      const v414 = $fr(v411 - v413);
      const v416 = (v415 ? v414 : 0);
      const v417 = $fr(v381 + v416);
      const v418 = $fr(v365 * v417);
      const v420 = $fr(v418 / v419);
      const v421 = $fr(1 / $fr(1 + $fr(Math.exp((-v420)))));
      const v422 = $fr(v421 - 0.5);
      const v423 = $fr(v422 * 2);
      const v424 = $fr(v423 * u_p_top);
      v217 = v424;
    } else {
      v217 = 0;
    }
    F_v260[slot] = v217;
  }
  // reduce to group %265
  let acc265 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v425 = F_v10[row];
    const v426 = $fr(v425 - acc263);
    acc265 = $fr(acc265 + v426);
  }
  if ((lid === 0)) {
    F_v265[g] = acc265;
  }
  // reduce to group %277
  const v428 = $fr(acc265 / $fr(acc42 >>> 0));
  const v429 = $fr(acc263 + v428);
  const v431 = $fr(acc270 - acc263);
  const v432 = (v431 > 0);
  const v433 = (v432 ? v431 : 1);
  let acc277 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v427 = F_v10[row];
    const v430 = $fr(v427 - v429);
    const v434 = $fr(v430 / v433);
    const v435 = $fr(v434 * v434);
    acc277 = $fr(acc277 + v435);
  }
  if ((lid === 0)) {
    F_v277[g] = acc277;
  }
  const v437 = ($fr(acc42 >>> 0) > 1);
  const v438 = (v437 ? v429 : 0);
  const v440 = $fr($fr(acc42 >>> 0) - 1);
  const v441 = $fr(acc277 / v440);
  const v442 = $fr(Math.sqrt(v441));
  const v443 = $fr(v442 * v433);
  const v444 = (v437 ? v443 : 1);
  const v445 = $fr(v444 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v436 = F_v10[row];
    const v439 = $fr(v436 - v438);
    const v446 = $fr(v439 / v445);
    const v447 = (v439 === 0);
    const v448 = (v447 ? 0 : v446);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw449 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v450 = F_v260[((sw449 !== (-1)) ? (sw449 & 2147483647) : 0)];
      const v451 = ((sw449 !== (-1)) ? v450 : 0);
      const v452 = $fr(v448 + v451);
      const v453 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v454 = $fr(v453);
      const v455 = $fr(v452 * v454);
      const v456 = v451;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v455;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v456;
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