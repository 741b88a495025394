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
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        acc45_0 = $fr(acc45_0 + 1);
      }
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc10_1 = $fr(acc10_1 + v1);
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        acc45_1 = $fr(acc45_1 + 1);
      }
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc10_2 = $fr(acc10_2 + v2);
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        acc45_2 = $fr(acc45_2 + 1);
      }
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc10_3 = $fr(acc10_3 + v3);
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        acc45_3 = $fr(acc45_3 + 1);
      }
    }
    F_v10[row0] = acc10_0;
    F_v45[row0] = acc45_0;
    F_v10[row1] = acc10_1;
    F_v45[row1] = acc45_1;
    F_v10[row2] = acc10_2;
    F_v45[row2] = acc45_2;
    F_v10[row3] = acc10_3;
    F_v45[row3] = acc45_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc10 = 0;
    let acc45 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc10 = $fr(acc10 + v4);
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        acc45 = $fr(acc45 + 1);
      }
    }
    F_v10[row] = acc10;
    F_v45[row] = acc45;
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
    acc42 = $fr(acc42 + 1);
    acc47 = $fr(acc47 + v9);
    acc49 = $fr(acc49 + v10);
    acc263 = Math.min(acc263, v5);
    acc270 = Math.max(acc270, v5);
  }
  if ((lid === 0)) {
    F_v41[g] = acc41;
    F_v42[g] = acc42;
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
  const v50 = $fr(acc42 - acc41);
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
  const v379 = $fr(u_p_bm25_k1 + 1);
  const v381 = $fr(1 - u_p_bm25_b);
  const v382 = $fr(u_p_bm25_b * acc47);
  const v383 = $fr(acc47 + acc49);
  const v384 = $fr(v383 / 2);
  const v385 = $fr(v382 / v384);
  const v386 = $fr(v381 + v385);
  const v387 = $fr(u_p_bm25_k1 * v386);
  const v390 = (acc47 > 0);
  const v395 = $fr(u_p_bm25_b * acc49);
  const v396 = $fr(acc49 + acc47);
  const v397 = $fr(v396 / 2);
  const v398 = $fr(v395 / v397);
  const v399 = $fr(v381 + v398);
  const v400 = $fr(u_p_bm25_k1 * v399);
  const v403 = (acc49 > 0);
  const v410 = (u_p_gamma !== 0);
  const v414 = $fr(u_p_alpha + u_p_beta);
  // key-map %260: once per distinct key of the group
  const nkeys260 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys260 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v209 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
    const v210 = (v209 !== u_p_zero_token_id);
    const v211 = (v208 && v210);
    let v212 = 0;
    if (v211) {
      const v213 = $fr(H[(u_oh_acc53 + slot | 0)] >>> 0);
      const v214 = $fr(H[(u_oh_acc57 + slot | 0)] >>> 0);
      let v215 = 0;
      if (tabled226) {
        v215 = F_table226[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v213 > 0 ? (v213 < 4294967296 ? v213 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v214 > 0 ? (v214 < 4294967296 ? v214 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        let v216 = 0;
        if (v43) {
          const v217 = $fr(v213 + v214);
          const v218 = $fr(v217 + v213);
          const v219 = $fr(acc41 - v213);
          const v220 = $fr(v218 + v219);
          const v221 = $fr(v217 + v219);
          const v222 = $fr(v50 - v214);
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
            const v232 = $fr(v217 + v226);
            const v233 = $fr(v232 - v223);
            const v234 = Math.max(0, v233);
            const v235 = $i32f(v234);
            const v236 = $i32f(v227);
            const lo230 = v235;
            const hi231 = v236;
            const v237 = $fr(v226 + 1);
            const v238 = adv_lgamma(v237);
            const v239 = $fr(v213 + 1);
            const v240 = adv_lgamma(v239);
            const v241 = $fr(v238 - v240);
            const v242 = $fr(v226 - v213);
            const v243 = $fr(v242 + 1);
            const v244 = adv_lgamma(v243);
            const v245 = $fr(v241 - v244);
            const v246 = $fr(v223 - v226);
            const v247 = $fr(v217 - v213);
            const v248 = $fr(v246 + 1);
            const v249 = adv_lgamma(v248);
            const v250 = $fr(v247 + 1);
            const v251 = adv_lgamma(v250);
            const v252 = $fr(v249 - v251);
            const v253 = $fr(v246 - v247);
            const v254 = $fr(v253 + 1);
            const v255 = adv_lgamma(v254);
            const v256 = $fr(v252 - v255);
            const v257 = $fr(v245 + v256);
            const v258 = $fr(v223 + 1);
            const v259 = adv_lgamma(v258);
            const v260 = $fr(v217 + 1);
            const v261 = adv_lgamma(v260);
            const v262 = $fr(v259 - v261);
            const v263 = $fr(v223 - v217);
            const v264 = $fr(v263 + 1);
            const v265 = adv_lgamma(v264);
            const v266 = $fr(v262 - v265);
            const v267 = $fr(v257 - v266);
            const v268 = $fr(v267 + 0.000009999999747378752);
            let fold270 = 0;
            if ((hi231 >= lo230)) {
              if (((hi231 - lo230 | 0) >>> 0 < 1048576 >>> 0)) {
                for (let n292 = 0; (n292 >>> 0 <= (hi231 - lo230 | 0) >>> 0); n292 = (n292 + 1 | 0)) {
                  const k269 = (lo230 + n292 | 0);
                  const v271 = $fr(k269);
                  const v272 = $fr(v271 + 1);
                  const v273 = adv_lgamma(v272);
                  const v274 = $fr(v238 - v273);
                  const v275 = $fr(v226 - v271);
                  const v276 = $fr(v275 + 1);
                  const v277 = adv_lgamma(v276);
                  const v278 = $fr(v274 - v277);
                  const v279 = $fr(v217 - v271);
                  const v280 = $fr(v279 + 1);
                  const v281 = adv_lgamma(v280);
                  const v282 = $fr(v249 - v281);
                  const v283 = $fr(v246 - v279);
                  const v284 = $fr(v283 + 1);
                  const v285 = adv_lgamma(v284);
                  const v286 = $fr(v282 - v285);
                  const v287 = $fr(v278 + v286);
                  const v288 = $fr(v287 - v266);
                  const v289 = $fr(Math.exp(v288));
                  const v290 = (v288 <= v268);
                  const v291 = (v290 ? v289 : 0);
                  fold270 = $fr(fold270 + v291);
                }
              } else {
                F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
              }
            }
            const v293 = fold270;
            const v294 = $fr((-2) * v293);
            const v295 = $fr(Math.exp(v294));
            v229 = v295;
          }
          const v296 = v229;
          const v297 = $fr(u_p_alpha * v296);
          v216 = v297;
        } else {
          v216 = 0;
        }
        const v298 = v216;
        const v299 = $fr(acc41 - v213);
        const v300 = $fr(v213 + v299);
        const v301 = $fr(v213 + v214);
        const v302 = $fr(v301 + v299);
        const v303 = $fr(v50 - v214);
        const v304 = $fr(v302 + v303);
        const v305 = $fr(v300 / v304);
        const v306 = (-v305);
        const v307 = $fr(Math.log2(v305));
        const v308 = $fr(v306 * v307);
        const v309 = (v305 > 0);
        const v310 = (v309 ? v308 : 0);
        const v311 = $fr(v214 + v303);
        const v312 = $fr(v311 / v304);
        const v313 = (-v312);
        const v314 = $fr(Math.log2(v312));
        const v315 = $fr(v313 * v314);
        const v316 = (v312 > 0);
        const v317 = (v316 ? v315 : 0);
        const v318 = $fr(v310 + v317);
        const v319 = $fr(v301 / v304);
        const v320 = $fr(v213 / v301);
        const v321 = (-v320);
        const v322 = $fr(Math.log2(v320));
        const v323 = $fr(v321 * v322);
        const v324 = (v320 > 0);
        const v325 = (v324 ? v323 : 0);
        const v326 = $fr(v214 / v301);
        const v327 = (-v326);
        const v328 = $fr(Math.log2(v326));
        const v329 = $fr(v327 * v328);
        const v330 = (v326 > 0);
        const v331 = (v330 ? v329 : 0);
        const v332 = $fr(v325 + v331);
        const v333 = (v301 > 0);
        const v334 = (v333 ? v332 : 0);
        const v335 = $fr(v319 * v334);
        const v336 = $fr(v299 + v303);
        const v337 = $fr(v336 / v304);
        const v338 = $fr(v299 / v336);
        const v339 = (-v338);
        const v340 = $fr(Math.log2(v338));
        const v341 = $fr(v339 * v340);
        const v342 = (v338 > 0);
        const v343 = (v342 ? v341 : 0);
        const v344 = $fr(v303 / v336);
        const v345 = (-v344);
        const v346 = $fr(Math.log2(v344));
        const v347 = $fr(v345 * v346);
        const v348 = (v344 > 0);
        const v349 = (v348 ? v347 : 0);
        const v350 = $fr(v343 + v349);
        const v351 = (v336 > 0);
        const v352 = (v351 ? v350 : 0);
        const v353 = $fr(v337 * v352);
        const v354 = $fr(v335 + v353);
        const v355 = $fr(v318 - v354);
        const v356 = (v304 > 0);
        const v357 = (v356 ? v355 : 0);
        const v358 = $fr(u_p_beta * v357);
        const v359 = (v188 ? v358 : 0);
        v215 = $fr(v298 + v359);
      }
      const v360 = v215;
      let v361 = 0;
      if (tabled238) {
        v361 = F_table238[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v213 > 0 ? (v213 < 4294967296 ? v213 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v214 > 0 ? (v214 < 4294967296 ? v214 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        const v362 = $fr(acc41 - v213);
        const v363 = $fr(v213 + v362);
        const v364 = $fr(v363 + 1.000000013351432e-10);
        const v365 = $fr(v213 / v364);
        const v366 = Math.min(Math.max(v365, 0), 1);
        const v367 = $fr(Math.sqrt(v366));
        const v368 = adv_asin(v367);
        const v369 = $fr(v50 - v214);
        const v370 = $fr(v214 + v369);
        const v371 = $fr(v370 + 1.000000013351432e-10);
        const v372 = $fr(v214 / v371);
        const v373 = Math.min(Math.max(v372, 0), 1);
        const v374 = $fr(Math.sqrt(v373));
        const v375 = adv_asin(v374);
        v361 = $fr(v368 - v375);
      }
      const v376 = v361;
      const v377 = $fr(H[(u_oh_acc59 + slot | 0)] >>> 0);
      const v378 = $fr(v377 / acc47);
      const v380 = $fr(v378 * v379);
      const v388 = $fr(v378 + v387);
      const v389 = $fr(v380 / v388);
      const v391 = (v390 ? v389 : 0);
      const v392 = $fr(H[(u_oh_acc77 + slot | 0)] >>> 0);
      const v393 = $fr(v392 / acc49);
      const v394 = $fr(v393 * v379);
      const v401 = $fr(v393 + v400);
      const v402 = $fr(v394 / v401);
      const v404 = (v403 ? v402 : 0);
      const v405 = $fr(v404 + 0.000009999999747378752);
      const v406 = $fr(v391 / v405);
      const v407 = $fr(v391 + 0.000009999999747378752);
      const v408 = $fr(v404 / v407);
      const v409 = $fr(v406 - v408);
      const v411 = (v410 ? v409 : 0);
      const v412 = $fr(v376 + v411);
      const v413 = $fr(v360 * v412);
      const v415 = $fr(v413 / v414);
      const v416 = $fr(1 / $fr(1 + $fr(Math.exp((-v415)))));
      const v417 = $fr(v416 - 0.5);
      const v418 = $fr(v417 * 2);
      const v419 = $fr(v418 * u_p_top);
      v212 = v419;
    } else {
      v212 = 0;
    }
    F_v260[slot] = v212;
  }
  // reduce to group %265
  let acc265 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v420 = F_v10[row];
    const v421 = $fr(v420 - acc263);
    acc265 = $fr(acc265 + v421);
  }
  if ((lid === 0)) {
    F_v265[g] = acc265;
  }
  // reduce to group %277
  const v423 = $fr(acc265 / acc42);
  const v424 = $fr(acc263 + v423);
  const v426 = $fr(acc270 - acc263);
  const v427 = (v426 > 0);
  const v428 = (v427 ? v426 : 1);
  let acc277 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v422 = F_v10[row];
    const v425 = $fr(v422 - v424);
    const v429 = $fr(v425 / v428);
    const v430 = $fr(v429 * v429);
    acc277 = $fr(acc277 + v430);
  }
  if ((lid === 0)) {
    F_v277[g] = acc277;
  }
  const v432 = (acc42 > 1);
  const v433 = (v432 ? v424 : 0);
  const v435 = $fr(acc42 - 1);
  const v436 = $fr(acc277 / v435);
  const v437 = $fr(Math.sqrt(v436));
  const v438 = $fr(v437 * v428);
  const v439 = (v432 ? v438 : 1);
  const v440 = $fr(v439 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v431 = F_v10[row];
    const v434 = $fr(v431 - v433);
    const v441 = $fr(v434 / v440);
    const v442 = (v434 === 0);
    const v443 = (v442 ? 0 : v441);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw444 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v445 = F_v260[((sw444 !== (-1)) ? (sw444 & 2147483647) : 0)];
      const v446 = ((sw444 !== (-1)) ? v445 : 0);
      const v447 = $fr(v443 + v446);
      const v448 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v449 = $fr(v448);
      const v450 = $fr(v447 * v449);
      const v451 = v446;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v450;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v451;
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