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
      const v38 = F_v10[row];
      const v39 = (v38 > 0);
      const v40 = (v39 ? 1 : 0);
      const v43 = (!v39);
      const v44 = (v43 ? 1 : 0);
      const v47 = (v39 ? 0 : 1);
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
            const v41 = ((word >>> 31 | 0) !== 0);
            const v42 = (v41 ? v40 : 0);
            const v45 = (v41 ? v44 : 0);
            const v46 = v40;
            const v48 = v47;
            {
              const a49 = (v42 > 0 ? (v42 < 4294967296 ? v42 >>> 0 | 0 : -1) : 0);
              const a50 = (v45 > 0 ? (v45 < 4294967296 ? v45 >>> 0 | 0 : -1) : 0);
              const add = (a49 + a50 | 0);
              if ((add !== 0)) {
                H[(((a49 !== 0) ? u_oh_acc53 : u_oh_acc57) + (word & 2147483647) | 0)] = (H[(((a49 !== 0) ? u_oh_acc53 : u_oh_acc57) + (word & 2147483647) | 0)] + add | 0);
              }
            }
            {
              const a51 = (v46 > 0 ? (v46 < 4294967296 ? v46 >>> 0 | 0 : -1) : 0);
              const a52 = (v48 > 0 ? (v48 < 4294967296 ? v48 >>> 0 | 0 : -1) : 0);
              const add = (a51 + a52 | 0);
              if ((add !== 0)) {
                H[(((a51 !== 0) ? u_oh_acc59 : u_oh_acc77) + (word & 2147483647) | 0)] = (H[(((a51 !== 0) ? u_oh_acc59 : u_oh_acc77) + (word & 2147483647) | 0)] + add | 0);
              }
            }
          }
        }
        H[((u_oh_slot_tok + Math.imul(row, u_T) | 0) + tt | 0)] = word;
      }
    }
    H[(u_oh_count_tok + g | 0)] = nk;
  }
  const v53 = (u_p_alpha !== 0);
  const v60 = $fr(acc42 - acc41);
  const v198 = (u_p_beta !== 0);
  // count table %226: its value for every presence count pair of the group (when fewer than its keys)
  const tabled226 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled226) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v54 = 0;
      if (v53) {
        const v55 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v56 = $fr(v55 + $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v57 = $fr(acc41 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v58 = $fr(v56 + v57);
        const v59 = $fr(v55 + v57);
        const v61 = $fr(v60 - $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v62 = $fr(v59 + v61);
        const v63 = $fr(v58 - v62);
        const v64 = Math.max(0, v63);
        const v65 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v57);
        const v66 = Math.min(v55, v65);
        const v67 = (v64 === v66);
        let v68 = 0;
        if (v67) {
          v68 = 0;
        } else {
          const v71 = $fr(v55 + v65);
          const v72 = $fr(v71 - v62);
          const v73 = Math.max(0, v72);
          const v74 = $i32f(v73);
          const v75 = $i32f(v66);
          const lo69 = v74;
          const hi70 = v75;
          const v76 = $fr(v65 + 1);
          const v77 = adv_lgamma(v76);
          const v78 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
          const v79 = adv_lgamma(v78);
          const v80 = $fr(v77 - v79);
          const v81 = $fr(v65 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v82 = $fr(v81 + 1);
          const v83 = adv_lgamma(v82);
          const v84 = $fr(v80 - v83);
          const v85 = $fr(v62 - v65);
          const v86 = $fr(v55 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v87 = $fr(v85 + 1);
          const v88 = adv_lgamma(v87);
          const v89 = $fr(v86 + 1);
          const v90 = adv_lgamma(v89);
          const v91 = $fr(v88 - v90);
          const v92 = $fr(v85 - v86);
          const v93 = $fr(v92 + 1);
          const v94 = adv_lgamma(v93);
          const v95 = $fr(v91 - v94);
          const v96 = $fr(v84 + v95);
          const v97 = $fr(v62 + 1);
          const v98 = adv_lgamma(v97);
          const v99 = $fr(v55 + 1);
          const v100 = adv_lgamma(v99);
          const v101 = $fr(v98 - v100);
          const v102 = $fr(v62 - v55);
          const v103 = $fr(v102 + 1);
          const v104 = adv_lgamma(v103);
          const v105 = $fr(v101 - v104);
          const v106 = $fr(v96 - v105);
          const v107 = $fr(v106 + 0.000009999999747378752);
          let fold109 = 0;
          if ((hi70 >= lo69)) {
            if (((hi70 - lo69 | 0) >>> 0 < 1048576 >>> 0)) {
              for (let n131 = 0; (n131 >>> 0 <= (hi70 - lo69 | 0) >>> 0); n131 = (n131 + 1 | 0)) {
                const k108 = (lo69 + n131 | 0);
                const v110 = $fr(k108);
                const v111 = $fr(v110 + 1);
                const v112 = adv_lgamma(v111);
                const v113 = $fr(v77 - v112);
                const v114 = $fr(v65 - v110);
                const v115 = $fr(v114 + 1);
                const v116 = adv_lgamma(v115);
                const v117 = $fr(v113 - v116);
                const v118 = $fr(v55 - v110);
                const v119 = $fr(v118 + 1);
                const v120 = adv_lgamma(v119);
                const v121 = $fr(v88 - v120);
                const v122 = $fr(v85 - v118);
                const v123 = $fr(v122 + 1);
                const v124 = adv_lgamma(v123);
                const v125 = $fr(v121 - v124);
                const v126 = $fr(v117 + v125);
                const v127 = $fr(v126 - v105);
                const v128 = $fr(Math.exp(v127));
                const v129 = (v127 <= v107);
                const v130 = (v129 ? v128 : 0);
                fold109 = $fr(fold109 + v130);
              }
            } else {
              F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
            }
          }
          const v132 = fold109;
          const v133 = $fr((-2) * v132);
          const v134 = $fr(Math.exp(v133));
          v68 = v134;
        }
        const v135 = v68;
        const v136 = $fr(u_p_alpha * v135);
        v54 = v136;
      } else {
        v54 = 0;
      }
      const v137 = v54;
      const v138 = $fr(acc41 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v139 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v138);
      const v140 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v141 = $fr(v140 + v138);
      const v142 = $fr(v60 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v143 = $fr(v141 + v142);
      const v144 = $fr(v139 / v143);
      const v145 = (-v144);
      const v146 = $fr(Math.log2(v144));
      const v147 = $fr(v145 * v146);
      const v148 = (v144 > 0);
      const v149 = (v148 ? v147 : 0);
      const v150 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v142);
      const v151 = $fr(v150 / v143);
      const v152 = (-v151);
      const v153 = $fr(Math.log2(v151));
      const v154 = $fr(v152 * v153);
      const v155 = (v151 > 0);
      const v156 = (v155 ? v154 : 0);
      const v157 = $fr(v149 + v156);
      const v158 = $fr(v140 / v143);
      const v159 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v140);
      const v160 = (-v159);
      const v161 = $fr(Math.log2(v159));
      const v162 = $fr(v160 * v161);
      const v163 = (v159 > 0);
      const v164 = (v163 ? v162 : 0);
      const v165 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v140);
      const v166 = (-v165);
      const v167 = $fr(Math.log2(v165));
      const v168 = $fr(v166 * v167);
      const v169 = (v165 > 0);
      const v170 = (v169 ? v168 : 0);
      const v171 = $fr(v164 + v170);
      const v172 = (v140 > 0);
      const v173 = (v172 ? v171 : 0);
      const v174 = $fr(v158 * v173);
      const v175 = $fr(v138 + v142);
      const v176 = $fr(v175 / v143);
      const v177 = $fr(v138 / v175);
      const v178 = (-v177);
      const v179 = $fr(Math.log2(v177));
      const v180 = $fr(v178 * v179);
      const v181 = (v177 > 0);
      const v182 = (v181 ? v180 : 0);
      const v183 = $fr(v142 / v175);
      const v184 = (-v183);
      const v185 = $fr(Math.log2(v183));
      const v186 = $fr(v184 * v185);
      const v187 = (v183 > 0);
      const v188 = (v187 ? v186 : 0);
      const v189 = $fr(v182 + v188);
      const v190 = (v175 > 0);
      const v191 = (v190 ? v189 : 0);
      const v192 = $fr(v176 * v191);
      const v193 = $fr(v174 + v192);
      const v194 = $fr(v157 - v193);
      const v195 = (v143 > 0);
      const v196 = (v195 ? v194 : 0);
      const v197 = $fr(u_p_beta * v196);
      const v199 = (v198 ? v197 : 0);
      const v200 = $fr(v137 + v199);
      F_table226[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v200;
    }
  }
  // count table %238: its value for every presence count pair of the group (when fewer than its keys)
  const tabled238 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled238) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v201 = $fr(acc41 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v202 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v201);
      const v203 = $fr(v202 + 1.000000013351432e-10);
      const v204 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v203);
      const v205 = Math.min(Math.max(v204, 0), 1);
      const v206 = $fr(Math.sqrt(v205));
      const v207 = adv_asin(v206);
      const v208 = $fr(v60 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v209 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v208);
      const v210 = $fr(v209 + 1.000000013351432e-10);
      const v211 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v210);
      const v212 = Math.min(Math.max(v211, 0), 1);
      const v213 = $fr(Math.sqrt(v212));
      const v214 = adv_asin(v213);
      const v215 = $fr(v207 - v214);
      F_table238[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v215;
    }
  }
  const v216 = (acc41 > 0);
  const v217 = (v60 > 0);
  const v218 = (v216 && v217);
  const v389 = $fr(u_p_bm25_k1 + 1);
  const v391 = $fr(1 - u_p_bm25_b);
  const v392 = $fr(u_p_bm25_b * acc47);
  const v393 = $fr(acc47 + acc49);
  const v394 = $fr(v393 / 2);
  const v395 = $fr(v392 / v394);
  const v396 = $fr(v391 + v395);
  const v397 = $fr(u_p_bm25_k1 * v396);
  const v400 = (acc47 > 0);
  const v405 = $fr(u_p_bm25_b * acc49);
  const v406 = $fr(acc49 + acc47);
  const v407 = $fr(v406 / 2);
  const v408 = $fr(v405 / v407);
  const v409 = $fr(v391 + v408);
  const v410 = $fr(u_p_bm25_k1 * v409);
  const v413 = (acc49 > 0);
  const v420 = (u_p_gamma !== 0);
  const v424 = $fr(u_p_alpha + u_p_beta);
  // key-map %260: once per distinct key of the group
  const nkeys260 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys260 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v219 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
    const v220 = (v219 !== u_p_zero_token_id);
    const v221 = (v218 && v220);
    let v222 = 0;
    if (v221) {
      const v223 = $fr(H[(u_oh_acc53 + slot | 0)] >>> 0);
      const v224 = $fr(H[(u_oh_acc57 + slot | 0)] >>> 0);
      let v225 = 0;
      if (tabled226) {
        v225 = F_table226[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v223 > 0 ? (v223 < 4294967296 ? v223 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v224 > 0 ? (v224 < 4294967296 ? v224 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        let v226 = 0;
        if (v53) {
          const v227 = $fr(v223 + v224);
          const v228 = $fr(v227 + v223);
          const v229 = $fr(acc41 - v223);
          const v230 = $fr(v228 + v229);
          const v231 = $fr(v227 + v229);
          const v232 = $fr(v60 - v224);
          const v233 = $fr(v231 + v232);
          const v234 = $fr(v230 - v233);
          const v235 = Math.max(0, v234);
          const v236 = $fr(v223 + v229);
          const v237 = Math.min(v227, v236);
          const v238 = (v235 === v237);
          let v239 = 0;
          if (v238) {
            v239 = 0;
          } else {
            const v242 = $fr(v227 + v236);
            const v243 = $fr(v242 - v233);
            const v244 = Math.max(0, v243);
            const v245 = $i32f(v244);
            const v246 = $i32f(v237);
            const lo240 = v245;
            const hi241 = v246;
            const v247 = $fr(v236 + 1);
            const v248 = adv_lgamma(v247);
            const v249 = $fr(v223 + 1);
            const v250 = adv_lgamma(v249);
            const v251 = $fr(v248 - v250);
            const v252 = $fr(v236 - v223);
            const v253 = $fr(v252 + 1);
            const v254 = adv_lgamma(v253);
            const v255 = $fr(v251 - v254);
            const v256 = $fr(v233 - v236);
            const v257 = $fr(v227 - v223);
            const v258 = $fr(v256 + 1);
            const v259 = adv_lgamma(v258);
            const v260 = $fr(v257 + 1);
            const v261 = adv_lgamma(v260);
            const v262 = $fr(v259 - v261);
            const v263 = $fr(v256 - v257);
            const v264 = $fr(v263 + 1);
            const v265 = adv_lgamma(v264);
            const v266 = $fr(v262 - v265);
            const v267 = $fr(v255 + v266);
            const v268 = $fr(v233 + 1);
            const v269 = adv_lgamma(v268);
            const v270 = $fr(v227 + 1);
            const v271 = adv_lgamma(v270);
            const v272 = $fr(v269 - v271);
            const v273 = $fr(v233 - v227);
            const v274 = $fr(v273 + 1);
            const v275 = adv_lgamma(v274);
            const v276 = $fr(v272 - v275);
            const v277 = $fr(v267 - v276);
            const v278 = $fr(v277 + 0.000009999999747378752);
            let fold280 = 0;
            if ((hi241 >= lo240)) {
              if (((hi241 - lo240 | 0) >>> 0 < 1048576 >>> 0)) {
                for (let n302 = 0; (n302 >>> 0 <= (hi241 - lo240 | 0) >>> 0); n302 = (n302 + 1 | 0)) {
                  const k279 = (lo240 + n302 | 0);
                  const v281 = $fr(k279);
                  const v282 = $fr(v281 + 1);
                  const v283 = adv_lgamma(v282);
                  const v284 = $fr(v248 - v283);
                  const v285 = $fr(v236 - v281);
                  const v286 = $fr(v285 + 1);
                  const v287 = adv_lgamma(v286);
                  const v288 = $fr(v284 - v287);
                  const v289 = $fr(v227 - v281);
                  const v290 = $fr(v289 + 1);
                  const v291 = adv_lgamma(v290);
                  const v292 = $fr(v259 - v291);
                  const v293 = $fr(v256 - v289);
                  const v294 = $fr(v293 + 1);
                  const v295 = adv_lgamma(v294);
                  const v296 = $fr(v292 - v295);
                  const v297 = $fr(v288 + v296);
                  const v298 = $fr(v297 - v276);
                  const v299 = $fr(Math.exp(v298));
                  const v300 = (v298 <= v278);
                  const v301 = (v300 ? v299 : 0);
                  fold280 = $fr(fold280 + v301);
                }
              } else {
                F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
              }
            }
            const v303 = fold280;
            const v304 = $fr((-2) * v303);
            const v305 = $fr(Math.exp(v304));
            v239 = v305;
          }
          const v306 = v239;
          const v307 = $fr(u_p_alpha * v306);
          v226 = v307;
        } else {
          v226 = 0;
        }
        const v308 = v226;
        const v309 = $fr(acc41 - v223);
        const v310 = $fr(v223 + v309);
        const v311 = $fr(v223 + v224);
        const v312 = $fr(v311 + v309);
        const v313 = $fr(v60 - v224);
        const v314 = $fr(v312 + v313);
        const v315 = $fr(v310 / v314);
        const v316 = (-v315);
        const v317 = $fr(Math.log2(v315));
        const v318 = $fr(v316 * v317);
        const v319 = (v315 > 0);
        const v320 = (v319 ? v318 : 0);
        const v321 = $fr(v224 + v313);
        const v322 = $fr(v321 / v314);
        const v323 = (-v322);
        const v324 = $fr(Math.log2(v322));
        const v325 = $fr(v323 * v324);
        const v326 = (v322 > 0);
        const v327 = (v326 ? v325 : 0);
        const v328 = $fr(v320 + v327);
        const v329 = $fr(v311 / v314);
        const v330 = $fr(v223 / v311);
        const v331 = (-v330);
        const v332 = $fr(Math.log2(v330));
        const v333 = $fr(v331 * v332);
        const v334 = (v330 > 0);
        const v335 = (v334 ? v333 : 0);
        const v336 = $fr(v224 / v311);
        const v337 = (-v336);
        const v338 = $fr(Math.log2(v336));
        const v339 = $fr(v337 * v338);
        const v340 = (v336 > 0);
        const v341 = (v340 ? v339 : 0);
        const v342 = $fr(v335 + v341);
        const v343 = (v311 > 0);
        const v344 = (v343 ? v342 : 0);
        const v345 = $fr(v329 * v344);
        const v346 = $fr(v309 + v313);
        const v347 = $fr(v346 / v314);
        const v348 = $fr(v309 / v346);
        const v349 = (-v348);
        const v350 = $fr(Math.log2(v348));
        const v351 = $fr(v349 * v350);
        const v352 = (v348 > 0);
        const v353 = (v352 ? v351 : 0);
        const v354 = $fr(v313 / v346);
        const v355 = (-v354);
        const v356 = $fr(Math.log2(v354));
        const v357 = $fr(v355 * v356);
        const v358 = (v354 > 0);
        const v359 = (v358 ? v357 : 0);
        const v360 = $fr(v353 + v359);
        const v361 = (v346 > 0);
        const v362 = (v361 ? v360 : 0);
        const v363 = $fr(v347 * v362);
        const v364 = $fr(v345 + v363);
        const v365 = $fr(v328 - v364);
        const v366 = (v314 > 0);
        const v367 = (v366 ? v365 : 0);
        const v368 = $fr(u_p_beta * v367);
        const v369 = (v198 ? v368 : 0);
        v225 = $fr(v308 + v369);
      }
      const v370 = v225;
      let v371 = 0;
      if (tabled238) {
        v371 = F_table238[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v223 > 0 ? (v223 < 4294967296 ? v223 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v224 > 0 ? (v224 < 4294967296 ? v224 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        const v372 = $fr(acc41 - v223);
        const v373 = $fr(v223 + v372);
        const v374 = $fr(v373 + 1.000000013351432e-10);
        const v375 = $fr(v223 / v374);
        const v376 = Math.min(Math.max(v375, 0), 1);
        const v377 = $fr(Math.sqrt(v376));
        const v378 = adv_asin(v377);
        const v379 = $fr(v60 - v224);
        const v380 = $fr(v224 + v379);
        const v381 = $fr(v380 + 1.000000013351432e-10);
        const v382 = $fr(v224 / v381);
        const v383 = Math.min(Math.max(v382, 0), 1);
        const v384 = $fr(Math.sqrt(v383));
        const v385 = adv_asin(v384);
        v371 = $fr(v378 - v385);
      }
      const v386 = v371;
      const v387 = $fr(H[(u_oh_acc59 + slot | 0)] >>> 0);
      const v388 = $fr(v387 / acc47);
      const v390 = $fr(v388 * v389);
      const v398 = $fr(v388 + v397);
      const v399 = $fr(v390 / v398);
      const v401 = (v400 ? v399 : 0);
      const v402 = $fr(H[(u_oh_acc77 + slot | 0)] >>> 0);
      const v403 = $fr(v402 / acc49);
      const v404 = $fr(v403 * v389);
      const v411 = $fr(v403 + v410);
      const v412 = $fr(v404 / v411);
      const v414 = (v413 ? v412 : 0);
      const v415 = $fr(v414 + 0.000009999999747378752);
      const v416 = $fr(v401 / v415);
      const v417 = $fr(v401 + 0.000009999999747378752);
      const v418 = $fr(v414 / v417);
      const v419 = $fr(v416 - v418);
      const v421 = (v420 ? v419 : 0);
      const v422 = $fr(v386 + v421);
      const v423 = $fr(v370 * v422);
      const v425 = $fr(v423 / v424);
      const v426 = $fr(1 / $fr(1 + $fr(Math.exp((-v425)))));
      const v427 = $fr(v426 - 0.5);
      const v428 = $fr(v427 * 2);
      const v429 = $fr(v428 * u_p_top);
      v222 = v429;
    } else {
      v222 = 0;
    }
    F_v260[slot] = v222;
  }
  // reduce to group %277
  const v431 = $fr(acc265 / acc42);
  const v432 = $fr(acc263 + v431);
  const v434 = $fr(acc270 - acc263);
  const v435 = (v434 > 0);
  const v436 = (v435 ? v434 : 1);
  let acc277 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v430 = F_v10[row];
    const v433 = $fr(v430 - v432);
    const v437 = $fr(v433 / v436);
    const v438 = $fr(v437 * v437);
    acc277 = $fr(acc277 + v438);
  }
  if ((lid === 0)) {
    F_v277[g] = acc277;
  }
  const v440 = (acc42 > 1);
  const v441 = (v440 ? v432 : 0);
  const v443 = $fr(acc42 - 1);
  const v444 = $fr(acc277 / v443);
  const v445 = $fr(Math.sqrt(v444));
  const v446 = $fr(v445 * v436);
  const v447 = (v440 ? v446 : 1);
  const v448 = $fr(v447 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v439 = F_v10[row];
    const v442 = $fr(v439 - v441);
    const v449 = $fr(v442 / v448);
    const v450 = (v442 === 0);
    const v451 = (v450 ? 0 : v449);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw452 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v453 = F_v260[((sw452 !== (-1)) ? (sw452 & 2147483647) : 0)];
      const v454 = ((sw452 !== (-1)) ? v453 : 0);
      const v455 = $fr(v451 + v454);
      const v456 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v457 = $fr(v456);
      const v458 = $fr(v455 * v457);
      const v459 = v454;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v458;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v459;
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