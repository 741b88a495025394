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
  const u_oh_seen_tok = u.oh_seen_tok;
  const u_oh_acc53 = u.oh_acc53;
  const u_oh_acc57 = u.oh_acc57;
  const u_oh_acc59 = u.oh_acc59;
  const u_oh_acc77 = u.oh_acc77;
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
  const H = $H;
  const I_korder = $I_korder;
  const I_responses = $I_responses;
  const F_out_0folds = $F_out_0folds;
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
    // half the slots to start with (a key for every other token at a load of 2/3, more than text has): growing from a few rehashes the keys several times
    let used = $umax($umin(cap, 1024), (cap >>> 1 | 0));
    // empty them first: one sequential pass brings the group's slots into the cache before the probes, which land anywhere in them
    for (let i = 0; (i >>> 0 < used >>> 0); i = (i + 1 | 0)) {
      H[(u_oh_table_tok + (base + i | 0) | 0)] = 0;
    }
    const rows = (I_vbase[(g + 1 | 0)] - lbase | 0);
    let zeroed = 0;
    {
      const upto = $umin(rows, $udiv(Math.imul(used, 2), 3));
      for (let i = zeroed; (i >>> 0 < upto >>> 0); i = (i + 1 | 0)) {
        H[((u_oh_seen_tok + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc53 + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc57 + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc59 + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc77 + lbase | 0) + i | 0)] = 0;
      }
      zeroed = upto;
    }
    for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
      // longest rows first: the lanes' rows end together
      const row = I_korder[(m0 + j | 0)];
      const v39 = F_v10[row];
      const v40 = (v39 > 0);
      const v41 = (!v40);
      let want = used;
      for (;;) {
        if (((want >>> 0 >= cap >>> 0) || (Math.imul((nk + u_T | 0), 3) >>> 0 <= Math.imul(want, 2) >>> 0))) {
          break;
        }
        want = Math.imul(want, 2);
      }
      if ((want !== used)) {
        for (let i = 0; (i >>> 0 < want >>> 0); i = (i + 1 | 0)) {
          H[(u_oh_table_tok + (base + i | 0) | 0)] = 0;
        }
        used = want;
        {
          const upto = $umin(rows, $udiv(Math.imul(used, 2), 3));
          for (let i = zeroed; (i >>> 0 < upto >>> 0); i = (i + 1 | 0)) {
            H[((u_oh_seen_tok + lbase | 0) + i | 0)] = 0;
            H[((u_oh_acc53 + lbase | 0) + i | 0)] = 0;
            H[((u_oh_acc57 + lbase | 0) + i | 0)] = 0;
            H[((u_oh_acc59 + lbase | 0) + i | 0)] = 0;
            H[((u_oh_acc77 + lbase | 0) + i | 0)] = 0;
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
            const v38 = ((word >>> 31 | 0) !== 0);
            {
              const a42 = (v38 ? (v40 ? 1 : 0) : 0);
              const a43 = (v38 ? (v41 ? 1 : 0) : 0);
              const add = (a42 + a43 | 0);
              if ((add !== 0)) {
                H[(((a42 !== 0) ? u_oh_acc53 : u_oh_acc57) + (word & 2147483647) | 0)] = (H[(((a42 !== 0) ? u_oh_acc53 : u_oh_acc57) + (word & 2147483647) | 0)] + add | 0);
              }
            }
            {
              const a44 = (v40 ? 1 : 0);
              const a45 = (v40 ? 0 : 1);
              const add = (a44 + a45 | 0);
              if ((add !== 0)) {
                H[(((a44 !== 0) ? u_oh_acc59 : u_oh_acc77) + (word & 2147483647) | 0)] = (H[(((a44 !== 0) ? u_oh_acc59 : u_oh_acc77) + (word & 2147483647) | 0)] + add | 0);
              }
            }
          }
        }
        H[((u_oh_slot_tok + Math.imul(row, u_T) | 0) + tt | 0)] = word;
      }
    }
    H[(u_oh_count_tok + g | 0)] = nk;
  }
  const v46 = (u_p_alpha !== 0);
  const v53 = $fr(acc42 - acc41);
  const v191 = (u_p_beta !== 0);
  // count table %226: its value for every presence count pair of the group (when fewer than its keys)
  const tabled226 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled226) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v47 = 0;
      if (v46) {
        const v48 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v49 = $fr(v48 + $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v50 = $fr(acc41 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
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
          const v64 = $fr(v48 + v58);
          const v65 = $fr(v64 - v55);
          const v66 = Math.max(0, v65);
          const v67 = $i32f(v66);
          const v68 = $i32f(v59);
          const lo62 = v67;
          const hi63 = v68;
          const v69 = $fr(v58 + 1);
          const v70 = adv_lgamma(v69);
          const v71 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
          const v72 = adv_lgamma(v71);
          const v73 = $fr(v70 - v72);
          const v74 = $fr(v58 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v75 = $fr(v74 + 1);
          const v76 = adv_lgamma(v75);
          const v77 = $fr(v73 - v76);
          const v78 = $fr(v55 - v58);
          const v79 = $fr(v48 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v80 = $fr(v78 + 1);
          const v81 = adv_lgamma(v80);
          const v82 = $fr(v79 + 1);
          const v83 = adv_lgamma(v82);
          const v84 = $fr(v81 - v83);
          const v85 = $fr(v78 - v79);
          const v86 = $fr(v85 + 1);
          const v87 = adv_lgamma(v86);
          const v88 = $fr(v84 - v87);
          const v89 = $fr(v77 + v88);
          const v90 = $fr(v55 + 1);
          const v91 = adv_lgamma(v90);
          const v92 = $fr(v48 + 1);
          const v93 = adv_lgamma(v92);
          const v94 = $fr(v91 - v93);
          const v95 = $fr(v55 - v48);
          const v96 = $fr(v95 + 1);
          const v97 = adv_lgamma(v96);
          const v98 = $fr(v94 - v97);
          const v99 = $fr(v89 - v98);
          const v100 = $fr(v99 + 0.000009999999747378752);
          let fold102 = 0;
          if ((hi63 >= lo62)) {
            if (((hi63 - lo62 | 0) >>> 0 < 1048576 >>> 0)) {
              for (let n124 = 0; (n124 >>> 0 <= (hi63 - lo62 | 0) >>> 0); n124 = (n124 + 1 | 0)) {
                const k101 = (lo62 + n124 | 0);
                const v103 = $fr(k101);
                const v104 = $fr(v103 + 1);
                const v105 = adv_lgamma(v104);
                const v106 = $fr(v70 - v105);
                const v107 = $fr(v58 - v103);
                const v108 = $fr(v107 + 1);
                const v109 = adv_lgamma(v108);
                const v110 = $fr(v106 - v109);
                const v111 = $fr(v48 - v103);
                const v112 = $fr(v111 + 1);
                const v113 = adv_lgamma(v112);
                const v114 = $fr(v81 - v113);
                const v115 = $fr(v78 - v111);
                const v116 = $fr(v115 + 1);
                const v117 = adv_lgamma(v116);
                const v118 = $fr(v114 - v117);
                const v119 = $fr(v110 + v118);
                const v120 = $fr(v119 - v98);
                const v121 = $fr(Math.exp(v120));
                const v122 = (v120 <= v100);
                const v123 = (v122 ? v121 : 0);
                fold102 = $fr(fold102 + v123);
              }
            } else {
              F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
            }
          }
          const v125 = fold102;
          const v126 = $fr((-2) * v125);
          const v127 = $fr(Math.exp(v126));
          v61 = v127;
        }
        const v128 = v61;
        const v129 = $fr(u_p_alpha * v128);
        v47 = v129;
      } else {
        v47 = 0;
      }
      const v130 = v47;
      const v131 = $fr(acc41 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v132 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v131);
      const v133 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v134 = $fr(v133 + v131);
      const v135 = $fr(v53 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v136 = $fr(v134 + v135);
      const v137 = $fr(v132 / v136);
      const v138 = (-v137);
      const v139 = $fr(Math.log2(v137));
      const v140 = $fr(v138 * v139);
      const v141 = (v137 > 0);
      const v142 = (v141 ? v140 : 0);
      const v143 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v135);
      const v144 = $fr(v143 / v136);
      const v145 = (-v144);
      const v146 = $fr(Math.log2(v144));
      const v147 = $fr(v145 * v146);
      const v148 = (v144 > 0);
      const v149 = (v148 ? v147 : 0);
      const v150 = $fr(v142 + v149);
      const v151 = $fr(v133 / v136);
      const v152 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v133);
      const v153 = (-v152);
      const v154 = $fr(Math.log2(v152));
      const v155 = $fr(v153 * v154);
      const v156 = (v152 > 0);
      const v157 = (v156 ? v155 : 0);
      const v158 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v133);
      const v159 = (-v158);
      const v160 = $fr(Math.log2(v158));
      const v161 = $fr(v159 * v160);
      const v162 = (v158 > 0);
      const v163 = (v162 ? v161 : 0);
      const v164 = $fr(v157 + v163);
      const v165 = (v133 > 0);
      const v166 = (v165 ? v164 : 0);
      const v167 = $fr(v151 * v166);
      const v168 = $fr(v131 + v135);
      const v169 = $fr(v168 / v136);
      const v170 = $fr(v131 / v168);
      const v171 = (-v170);
      const v172 = $fr(Math.log2(v170));
      const v173 = $fr(v171 * v172);
      const v174 = (v170 > 0);
      const v175 = (v174 ? v173 : 0);
      const v176 = $fr(v135 / v168);
      const v177 = (-v176);
      const v178 = $fr(Math.log2(v176));
      const v179 = $fr(v177 * v178);
      const v180 = (v176 > 0);
      const v181 = (v180 ? v179 : 0);
      const v182 = $fr(v175 + v181);
      const v183 = (v168 > 0);
      const v184 = (v183 ? v182 : 0);
      const v185 = $fr(v169 * v184);
      const v186 = $fr(v167 + v185);
      const v187 = $fr(v150 - v186);
      const v188 = (v136 > 0);
      const v189 = (v188 ? v187 : 0);
      const v190 = $fr(u_p_beta * v189);
      const v192 = (v191 ? v190 : 0);
      const v193 = $fr(v130 + v192);
      F_table226[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v193;
    }
  }
  // count table %238: its value for every presence count pair of the group (when fewer than its keys)
  const tabled238 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled238) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v194 = $fr(acc41 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v195 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v194);
      const v196 = $fr(v195 + 1.000000013351432e-10);
      const v197 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v196);
      const v198 = Math.min(Math.max(v197, 0), 1);
      const v199 = $fr(Math.sqrt(v198));
      const v200 = adv_asin(v199);
      const v201 = $fr(v53 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v202 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v201);
      const v203 = $fr(v202 + 1.000000013351432e-10);
      const v204 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v203);
      const v205 = Math.min(Math.max(v204, 0), 1);
      const v206 = $fr(Math.sqrt(v205));
      const v207 = adv_asin(v206);
      const v208 = $fr(v200 - v207);
      F_table238[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v208;
    }
  }
  const v209 = (acc41 > 0);
  const v210 = (v53 > 0);
  const v211 = (v209 && v210);
  const v382 = $fr(u_p_bm25_k1 + 1);
  const v384 = $fr(1 - u_p_bm25_b);
  const v385 = $fr(u_p_bm25_b * acc47);
  const v386 = $fr(acc47 + acc49);
  const v387 = $fr(v386 / 2);
  const v388 = $fr(v385 / v387);
  const v389 = $fr(v384 + v388);
  const v390 = $fr(u_p_bm25_k1 * v389);
  const v393 = (acc47 > 0);
  const v398 = $fr(u_p_bm25_b * acc49);
  const v399 = $fr(acc49 + acc47);
  const v400 = $fr(v399 / 2);
  const v401 = $fr(v398 / v400);
  const v402 = $fr(v384 + v401);
  const v403 = $fr(u_p_bm25_k1 * v402);
  const v406 = (acc49 > 0);
  const v413 = (u_p_gamma !== 0);
  const v417 = $fr(u_p_alpha + u_p_beta);
  // key-map %260: once per distinct key of the group
  const nkeys260 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys260 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v212 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
    const v213 = (v212 !== u_p_zero_token_id);
    const v214 = (v211 && v213);
    let v215 = 0;
    if (v214) {
      const v216 = $fr(H[(u_oh_acc53 + slot | 0)] >>> 0);
      const v217 = $fr(H[(u_oh_acc57 + slot | 0)] >>> 0);
      let v218 = 0;
      if (tabled226) {
        v218 = F_table226[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v216 > 0 ? (v216 < 4294967296 ? v216 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v217 > 0 ? (v217 < 4294967296 ? v217 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        let v219 = 0;
        if (v46) {
          const v220 = $fr(v216 + v217);
          const v221 = $fr(v220 + v216);
          const v222 = $fr(acc41 - v216);
          const v223 = $fr(v221 + v222);
          const v224 = $fr(v220 + v222);
          const v225 = $fr(v53 - v217);
          const v226 = $fr(v224 + v225);
          const v227 = $fr(v223 - v226);
          const v228 = Math.max(0, v227);
          const v229 = $fr(v216 + v222);
          const v230 = Math.min(v220, v229);
          const v231 = (v228 === v230);
          let v232 = 0;
          if (v231) {
            v232 = 0;
          } else {
            const v235 = $fr(v220 + v229);
            const v236 = $fr(v235 - v226);
            const v237 = Math.max(0, v236);
            const v238 = $i32f(v237);
            const v239 = $i32f(v230);
            const lo233 = v238;
            const hi234 = v239;
            const v240 = $fr(v229 + 1);
            const v241 = adv_lgamma(v240);
            const v242 = $fr(v216 + 1);
            const v243 = adv_lgamma(v242);
            const v244 = $fr(v241 - v243);
            const v245 = $fr(v229 - v216);
            const v246 = $fr(v245 + 1);
            const v247 = adv_lgamma(v246);
            const v248 = $fr(v244 - v247);
            const v249 = $fr(v226 - v229);
            const v250 = $fr(v220 - v216);
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
            const v261 = $fr(v226 + 1);
            const v262 = adv_lgamma(v261);
            const v263 = $fr(v220 + 1);
            const v264 = adv_lgamma(v263);
            const v265 = $fr(v262 - v264);
            const v266 = $fr(v226 - v220);
            const v267 = $fr(v266 + 1);
            const v268 = adv_lgamma(v267);
            const v269 = $fr(v265 - v268);
            const v270 = $fr(v260 - v269);
            const v271 = $fr(v270 + 0.000009999999747378752);
            let fold273 = 0;
            if ((hi234 >= lo233)) {
              if (((hi234 - lo233 | 0) >>> 0 < 1048576 >>> 0)) {
                for (let n295 = 0; (n295 >>> 0 <= (hi234 - lo233 | 0) >>> 0); n295 = (n295 + 1 | 0)) {
                  const k272 = (lo233 + n295 | 0);
                  const v274 = $fr(k272);
                  const v275 = $fr(v274 + 1);
                  const v276 = adv_lgamma(v275);
                  const v277 = $fr(v241 - v276);
                  const v278 = $fr(v229 - v274);
                  const v279 = $fr(v278 + 1);
                  const v280 = adv_lgamma(v279);
                  const v281 = $fr(v277 - v280);
                  const v282 = $fr(v220 - v274);
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
              } else {
                F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
              }
            }
            const v296 = fold273;
            const v297 = $fr((-2) * v296);
            const v298 = $fr(Math.exp(v297));
            v232 = v298;
          }
          const v299 = v232;
          const v300 = $fr(u_p_alpha * v299);
          v219 = v300;
        } else {
          v219 = 0;
        }
        const v301 = v219;
        const v302 = $fr(acc41 - v216);
        const v303 = $fr(v216 + v302);
        const v304 = $fr(v216 + v217);
        const v305 = $fr(v304 + v302);
        const v306 = $fr(v53 - v217);
        const v307 = $fr(v305 + v306);
        const v308 = $fr(v303 / v307);
        const v309 = (-v308);
        const v310 = $fr(Math.log2(v308));
        const v311 = $fr(v309 * v310);
        const v312 = (v308 > 0);
        const v313 = (v312 ? v311 : 0);
        const v314 = $fr(v217 + v306);
        const v315 = $fr(v314 / v307);
        const v316 = (-v315);
        const v317 = $fr(Math.log2(v315));
        const v318 = $fr(v316 * v317);
        const v319 = (v315 > 0);
        const v320 = (v319 ? v318 : 0);
        const v321 = $fr(v313 + v320);
        const v322 = $fr(v304 / v307);
        const v323 = $fr(v216 / v304);
        const v324 = (-v323);
        const v325 = $fr(Math.log2(v323));
        const v326 = $fr(v324 * v325);
        const v327 = (v323 > 0);
        const v328 = (v327 ? v326 : 0);
        const v329 = $fr(v217 / v304);
        const v330 = (-v329);
        const v331 = $fr(Math.log2(v329));
        const v332 = $fr(v330 * v331);
        const v333 = (v329 > 0);
        const v334 = (v333 ? v332 : 0);
        const v335 = $fr(v328 + v334);
        const v336 = (v304 > 0);
        const v337 = (v336 ? v335 : 0);
        const v338 = $fr(v322 * v337);
        const v339 = $fr(v302 + v306);
        const v340 = $fr(v339 / v307);
        const v341 = $fr(v302 / v339);
        const v342 = (-v341);
        const v343 = $fr(Math.log2(v341));
        const v344 = $fr(v342 * v343);
        const v345 = (v341 > 0);
        const v346 = (v345 ? v344 : 0);
        const v347 = $fr(v306 / v339);
        const v348 = (-v347);
        const v349 = $fr(Math.log2(v347));
        const v350 = $fr(v348 * v349);
        const v351 = (v347 > 0);
        const v352 = (v351 ? v350 : 0);
        const v353 = $fr(v346 + v352);
        const v354 = (v339 > 0);
        const v355 = (v354 ? v353 : 0);
        const v356 = $fr(v340 * v355);
        const v357 = $fr(v338 + v356);
        const v358 = $fr(v321 - v357);
        const v359 = (v307 > 0);
        const v360 = (v359 ? v358 : 0);
        const v361 = $fr(u_p_beta * v360);
        const v362 = (v191 ? v361 : 0);
        v218 = $fr(v301 + v362);
      }
      const v363 = v218;
      let v364 = 0;
      if (tabled238) {
        v364 = F_table238[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v216 > 0 ? (v216 < 4294967296 ? v216 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v217 > 0 ? (v217 < 4294967296 ? v217 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        const v365 = $fr(acc41 - v216);
        const v366 = $fr(v216 + v365);
        const v367 = $fr(v366 + 1.000000013351432e-10);
        const v368 = $fr(v216 / v367);
        const v369 = Math.min(Math.max(v368, 0), 1);
        const v370 = $fr(Math.sqrt(v369));
        const v371 = adv_asin(v370);
        const v372 = $fr(v53 - v217);
        const v373 = $fr(v217 + v372);
        const v374 = $fr(v373 + 1.000000013351432e-10);
        const v375 = $fr(v217 / v374);
        const v376 = Math.min(Math.max(v375, 0), 1);
        const v377 = $fr(Math.sqrt(v376));
        const v378 = adv_asin(v377);
        v364 = $fr(v371 - v378);
      }
      const v379 = v364;
      const v380 = $fr(H[(u_oh_acc59 + slot | 0)] >>> 0);
      const v381 = $fr(v380 / acc47);
      const v383 = $fr(v381 * v382);
      const v391 = $fr(v381 + v390);
      const v392 = $fr(v383 / v391);
      const v394 = (v393 ? v392 : 0);
      const v395 = $fr(H[(u_oh_acc77 + slot | 0)] >>> 0);
      const v396 = $fr(v395 / acc49);
      const v397 = $fr(v396 * v382);
      const v404 = $fr(v396 + v403);
      const v405 = $fr(v397 / v404);
      const v407 = (v406 ? v405 : 0);
      const v408 = $fr(v407 + 0.000009999999747378752);
      const v409 = $fr(v394 / v408);
      const v410 = $fr(v394 + 0.000009999999747378752);
      const v411 = $fr(v407 / v410);
      const v412 = $fr(v409 - v411);
      const v414 = (v413 ? v412 : 0);
      const v415 = $fr(v379 + v414);
      const v416 = $fr(v363 * v415);
      const v418 = $fr(v416 / v417);
      const v419 = $fr(1 / $fr(1 + $fr(Math.exp((-v418)))));
      const v420 = $fr(v419 - 0.5);
      const v421 = $fr(v420 * 2);
      const v422 = $fr(v421 * u_p_top);
      v215 = v422;
    } else {
      v215 = 0;
    }
    F_v260[slot] = v215;
  }
  // reduce to group %277
  const v424 = $fr(acc265 / acc42);
  const v425 = $fr(acc263 + v424);
  const v427 = $fr(acc270 - acc263);
  const v428 = (v427 > 0);
  const v429 = (v428 ? v427 : 1);
  let acc277 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v423 = F_v10[row];
    const v426 = $fr(v423 - v425);
    const v430 = $fr(v426 / v429);
    const v431 = $fr(v430 * v430);
    acc277 = $fr(acc277 + v431);
  }
  if ((lid === 0)) {
    F_v277[g] = acc277;
  }
  const v433 = (acc42 > 1);
  const v434 = (v433 ? v425 : 0);
  const v436 = $fr(acc42 - 1);
  const v437 = $fr(acc277 / v436);
  const v438 = $fr(Math.sqrt(v437));
  const v439 = $fr(v438 * v429);
  const v440 = (v433 ? v439 : 1);
  const v441 = $fr(v440 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v432 = F_v10[row];
    const v435 = $fr(v432 - v434);
    const v442 = $fr(v435 / v441);
    const v443 = (v435 === 0);
    const v444 = (v443 ? 0 : v442);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw445 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v446 = F_v260[((sw445 !== (-1)) ? (sw445 & 2147483647) : 0)];
      const v447 = ((sw445 !== (-1)) ? v446 : 0);
      const v448 = $fr(v444 + v447);
      const v449 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v450 = $fr(v449);
      const v451 = $fr(v448 * v450);
      const v452 = v447;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v451;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v452;
    }
  }
}
let u, $H, $F_token_level_rewards, $F_v10, $F_v41, $F_v42, $F_v263, $F_v270, $F_v45, $F_v47, $F_v49, $F_v265, $F_out_0folds, $F_table226, $F_table238, $F_v260, $F_v277, $F_out_advantages, $F_out_key_values, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase, $I_korder, $I_responses;
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
  $F_out_0folds = f["out_0folds"];
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