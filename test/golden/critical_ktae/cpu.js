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
  const u_oh_acc28 = u.oh_acc28;
  const u_oh_acc32 = u.oh_acc32;
  const u_oh_acc34 = u.oh_acc34;
  const u_oh_acc52 = u.oh_acc52;
  const u_oh_slot_tok = u.oh_slot_tok;
  const u_oh_count_tok = u.oh_count_tok;
  const u_N = u.N;
  const u_p_alpha = u.p_alpha;
  const u_p_beta = u.p_beta;
  const u_p_p_crit = u.p_p_crit;
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
  const F_v20 = $F_v20;
  const F_v16 = $F_v16;
  const F_v17 = $F_v17;
  const F_v22 = $F_v22;
  const F_v24 = $F_v24;
  const F_v265 = $F_v265;
  const F_v272 = $F_v272;
  const I_kbase = $I_kbase;
  const I_vbase = $I_vbase;
  const H = $H;
  const I_korder = $I_korder;
  const I_responses = $I_responses;
  const F_out_0folds = $F_out_0folds;
  const F_table258 = $F_table258;
  const F_table201 = $F_table201;
  const F_table213 = $F_table213;
  const F_v262 = $F_v262;
  const F_v267 = $F_v267;
  const F_v279 = $F_v279;
  const F_out_advantages = $F_out_advantages;
  const F_out_key_values = $F_out_key_values;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %10, %20: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc10_0 = 0;
    let acc20_0 = 0;
    let acc10_1 = 0;
    let acc20_1 = 0;
    let acc10_2 = 0;
    let acc20_2 = 0;
    let acc10_3 = 0;
    let acc20_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc10_0 = $fr(acc10_0 + v0);
      const valid_0 = (I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0);
      acc20_0 = (acc20_0 + (valid_0 ? 1 : 0) | 0);
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc10_1 = $fr(acc10_1 + v1);
      const valid_1 = (I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0);
      acc20_1 = (acc20_1 + (valid_1 ? 1 : 0) | 0);
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc10_2 = $fr(acc10_2 + v2);
      const valid_2 = (I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0);
      acc20_2 = (acc20_2 + (valid_2 ? 1 : 0) | 0);
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc10_3 = $fr(acc10_3 + v3);
      const valid_3 = (I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0);
      acc20_3 = (acc20_3 + (valid_3 ? 1 : 0) | 0);
    }
    F_v10[row0] = acc10_0;
    F_v20[row0] = $fr(acc20_0 >>> 0);
    F_v10[row1] = acc10_1;
    F_v20[row1] = $fr(acc20_1 >>> 0);
    F_v10[row2] = acc10_2;
    F_v20[row2] = $fr(acc20_2 >>> 0);
    F_v10[row3] = acc10_3;
    F_v20[row3] = $fr(acc20_3 >>> 0);
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc10 = 0;
    let acc20 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc10 = $fr(acc10 + v4);
      const valid = (I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0);
      acc20 = (acc20 + (valid ? 1 : 0) | 0);
    }
    F_v10[row] = acc10;
    F_v20[row] = $fr(acc20 >>> 0);
  }
  // reduce to group %16, %17, %22, %24, %265, %272
  let acc16 = 0;
  let acc17 = 0;
  let acc22 = 0;
  let acc24 = 0;
  let acc265 = Infinity;
  let acc272 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v10[row];
    const v6 = (v5 > 0);
    const v7 = (v6 ? 1 : 0);
    const v8 = F_v20[row];
    const v9 = (v6 ? v8 : 0);
    const v10 = (v6 ? 0 : v8);
    acc16 = $fr(acc16 + v7);
    acc17 = (acc17 + 1 | 0);
    acc22 = $fr(acc22 + v9);
    acc24 = $fr(acc24 + v10);
    acc265 = Math.min(acc265, v5);
    acc272 = Math.max(acc272, v5);
  }
  if ((lid === 0)) {
    F_v16[g] = acc16;
    F_v17[g] = $fr(acc17 >>> 0);
    F_v22[g] = acc22;
    F_v24[g] = acc24;
    F_v265[g] = acc265;
    F_v272[g] = acc272;
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
      const v12 = F_v10[row];
      const v13 = (v12 > 0);
      const v14 = (!v13);
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
          const v11 = I_responses[(Math.imul(row, u_T) + t | 0)];
          const key = v11;
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
                H[(u_oh_acc28 + r | 0)] = 0;
                H[(u_oh_acc32 + r | 0)] = 0;
                H[(u_oh_acc34 + r | 0)] = 0;
                H[(u_oh_acc52 + r | 0)] = 0;
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
              H[((v13 ? u_oh_acc28 : u_oh_acc32) + r | 0)] = (H[((v13 ? u_oh_acc28 : u_oh_acc32) + r | 0)] + add | 0);
            }
            {
              const add = (v13 ? (true ? 1 : 0) : (false ? 0 : 1));
              H[((v13 ? u_oh_acc34 : u_oh_acc52) + r | 0)] = (H[((v13 ? u_oh_acc34 : u_oh_acc52) + r | 0)] + add | 0);
            }
          }
        }
        H[((u_oh_slot_tok + Math.imul(row, u_T) | 0) + tt | 0)] = word;
      }
    }
    H[(u_oh_count_tok + g | 0)] = nk;
  }
  let bound28 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v15 = F_v10[row];
    const v16 = (v15 > 0);
    bound28 = (bound28 + (v16 ? 1 : 0) | 0);
  }
  let bound32 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v17 = F_v10[row];
    const v18 = (v17 > 0);
    const v19 = (!v18);
    bound32 = (bound32 + (v19 ? 1 : 0) | 0);
  }
  const v27 = $fr($fr(acc17 >>> 0) - acc16);
  // count table %258: its value for every presence count pair of the group (when fewer than its keys)
  const tabled258 = (Math.imul((bound28 + 1 | 0), (bound32 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled258) {
    for (let i = lid; (i >>> 0 < Math.imul((bound28 + 1 | 0), (bound32 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v22 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) + $fr($umod(i, (bound32 + 1 | 0)) >>> 0));
      const v23 = $fr(acc16 - $fr($udiv(i, (bound32 + 1 | 0)) >>> 0));
      const v24 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) + v23);
      const v25 = $fr(v22 + v24);
      const v26 = $fr(v22 + v23);
      const v28 = $fr(v27 - $fr($umod(i, (bound32 + 1 | 0)) >>> 0));
      const v29 = $fr(v26 + v28);
      const v30 = $fr(v25 - v29);
      const v31 = Math.max(0, v30);
      const v32 = $i32f(v31);
      const v33 = Math.min(v22, v24);
      const v34 = $i32f(v33);
      const lo20 = v32;
      const hi21 = v34;
      const v35 = $fr(v24 + 1);
      const v36 = adv_lgamma(v35);
      const v37 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) + 1);
      const v38 = adv_lgamma(v37);
      const v39 = $fr(v36 - v38);
      const v40 = $fr(v24 - $fr($udiv(i, (bound32 + 1 | 0)) >>> 0));
      const v41 = $fr(v40 + 1);
      const v42 = adv_lgamma(v41);
      const v43 = $fr(v39 - v42);
      const v44 = $fr(v29 - v24);
      const v45 = $fr(v22 - $fr($udiv(i, (bound32 + 1 | 0)) >>> 0));
      const v46 = $fr(v44 + 1);
      const v47 = adv_lgamma(v46);
      const v48 = $fr(v45 + 1);
      const v49 = adv_lgamma(v48);
      const v50 = $fr(v47 - v49);
      const v51 = $fr(v44 - v45);
      const v52 = $fr(v51 + 1);
      const v53 = adv_lgamma(v52);
      const v54 = $fr(v50 - v53);
      const v55 = $fr(v43 + v54);
      const v56 = $fr(v29 + 1);
      const v57 = adv_lgamma(v56);
      const v58 = $fr(v22 + 1);
      const v59 = adv_lgamma(v58);
      const v60 = $fr(v57 - v59);
      const v61 = $fr(v29 - v22);
      const v62 = $fr(v61 + 1);
      const v63 = adv_lgamma(v62);
      const v64 = $fr(v60 - v63);
      const v65 = $fr(v55 - v64);
      const v66 = $fr(v65 + 0.000009999999747378752);
      let fold68 = 0;
      if ((hi21 >= lo20)) {
        if (((hi21 - lo20 | 0) >>> 0 < 1048576 >>> 0)) {
          for (let n90 = 0; (n90 >>> 0 <= (hi21 - lo20 | 0) >>> 0); n90 = (n90 + 1 | 0)) {
            const k67 = (lo20 + n90 | 0);
            const v69 = $fr(k67);
            const v70 = $fr(v69 + 1);
            const v71 = adv_lgamma(v70);
            const v72 = $fr(v36 - v71);
            const v73 = $fr(v24 - v69);
            const v74 = $fr(v73 + 1);
            const v75 = adv_lgamma(v74);
            const v76 = $fr(v72 - v75);
            const v77 = $fr(v22 - v69);
            const v78 = $fr(v77 + 1);
            const v79 = adv_lgamma(v78);
            const v80 = $fr(v47 - v79);
            const v81 = $fr(v44 - v77);
            const v82 = $fr(v81 + 1);
            const v83 = adv_lgamma(v82);
            const v84 = $fr(v80 - v83);
            const v85 = $fr(v76 + v84);
            const v86 = $fr(v85 - v64);
            const v87 = $fr(Math.exp(v86));
            const v88 = (v86 <= v66);
            const v89 = (v88 ? v87 : 0);
            fold68 = $fr(fold68 + v89);
          }
        } else {
          F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
        }
      }
      const v91 = fold68;
      F_table258[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound32 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound32 + 1 | 0)) | 0) | 0)] = v91;
    }
  }
  const v92 = (u_p_alpha !== 0);
  const v236 = (u_p_beta !== 0);
  // count table %201: its value for every presence count pair of the group (when fewer than its keys)
  const tabled201 = (Math.imul((bound28 + 1 | 0), (bound32 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled201) {
    for (let i = lid; (i >>> 0 < Math.imul((bound28 + 1 | 0), (bound32 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v93 = 0;
      if (v92) {
        const v94 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) + $fr($umod(i, (bound32 + 1 | 0)) >>> 0));
        const v95 = $fr(v94 + $fr($udiv(i, (bound32 + 1 | 0)) >>> 0));
        const v96 = $fr(acc16 - $fr($udiv(i, (bound32 + 1 | 0)) >>> 0));
        const v97 = $fr(v95 + v96);
        const v98 = $fr(v94 + v96);
        const v99 = $fr(v27 - $fr($umod(i, (bound32 + 1 | 0)) >>> 0));
        const v100 = $fr(v98 + v99);
        const v101 = $fr(v97 - v100);
        const v102 = Math.max(0, v101);
        const v103 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) + v96);
        const v104 = Math.min(v94, v103);
        const v105 = (v102 === v104);
        let v106 = 0;
        if (v105) {
          v106 = 0;
        } else {
          const v109 = $fr(v94 + v103);
          const v110 = $fr(v109 - v100);
          const v111 = Math.max(0, v110);
          const v112 = $i32f(v111);
          const v113 = $i32f(v104);
          const lo107 = v112;
          const hi108 = v113;
          const v114 = $fr(v103 + 1);
          const v115 = adv_lgamma(v114);
          const v116 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) + 1);
          const v117 = adv_lgamma(v116);
          const v118 = $fr(v115 - v117);
          const v119 = $fr(v103 - $fr($udiv(i, (bound32 + 1 | 0)) >>> 0));
          const v120 = $fr(v119 + 1);
          const v121 = adv_lgamma(v120);
          const v122 = $fr(v118 - v121);
          const v123 = $fr(v100 - v103);
          const v124 = $fr(v94 - $fr($udiv(i, (bound32 + 1 | 0)) >>> 0));
          const v125 = $fr(v123 + 1);
          const v126 = adv_lgamma(v125);
          const v127 = $fr(v124 + 1);
          const v128 = adv_lgamma(v127);
          const v129 = $fr(v126 - v128);
          const v130 = $fr(v123 - v124);
          const v131 = $fr(v130 + 1);
          const v132 = adv_lgamma(v131);
          const v133 = $fr(v129 - v132);
          const v134 = $fr(v122 + v133);
          const v135 = $fr(v100 + 1);
          const v136 = adv_lgamma(v135);
          const v137 = $fr(v94 + 1);
          const v138 = adv_lgamma(v137);
          const v139 = $fr(v136 - v138);
          const v140 = $fr(v100 - v94);
          const v141 = $fr(v140 + 1);
          const v142 = adv_lgamma(v141);
          const v143 = $fr(v139 - v142);
          const v144 = $fr(v134 - v143);
          const v145 = $fr(v144 + 0.000009999999747378752);
          let fold147 = 0;
          if ((hi108 >= lo107)) {
            if (((hi108 - lo107 | 0) >>> 0 < 1048576 >>> 0)) {
              for (let n169 = 0; (n169 >>> 0 <= (hi108 - lo107 | 0) >>> 0); n169 = (n169 + 1 | 0)) {
                const k146 = (lo107 + n169 | 0);
                const v148 = $fr(k146);
                const v149 = $fr(v148 + 1);
                const v150 = adv_lgamma(v149);
                const v151 = $fr(v115 - v150);
                const v152 = $fr(v103 - v148);
                const v153 = $fr(v152 + 1);
                const v154 = adv_lgamma(v153);
                const v155 = $fr(v151 - v154);
                const v156 = $fr(v94 - v148);
                const v157 = $fr(v156 + 1);
                const v158 = adv_lgamma(v157);
                const v159 = $fr(v126 - v158);
                const v160 = $fr(v123 - v156);
                const v161 = $fr(v160 + 1);
                const v162 = adv_lgamma(v161);
                const v163 = $fr(v159 - v162);
                const v164 = $fr(v155 + v163);
                const v165 = $fr(v164 - v143);
                const v166 = $fr(Math.exp(v165));
                const v167 = (v165 <= v145);
                const v168 = (v167 ? v166 : 0);
                fold147 = $fr(fold147 + v168);
              }
            } else {
              F_out_0folds[g] = Math.max(F_out_0folds[g], 2);
            }
          }
          const v170 = fold147;
          const v171 = $fr((-2) * v170);
          const v172 = $fr(Math.exp(v171));
          v106 = v172;
        }
        const v173 = v106;
        const v174 = $fr(u_p_alpha * v173);
        v93 = v174;
      } else {
        v93 = 0;
      }
      const v175 = v93;
      const v176 = $fr(acc16 - $fr($udiv(i, (bound32 + 1 | 0)) >>> 0));
      const v177 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) + v176);
      const v178 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) + $fr($umod(i, (bound32 + 1 | 0)) >>> 0));
      const v179 = $fr(v178 + v176);
      const v180 = $fr(v27 - $fr($umod(i, (bound32 + 1 | 0)) >>> 0));
      const v181 = $fr(v179 + v180);
      const v182 = $fr(v177 / v181);
      const v183 = (-v182);
      const v184 = $fr(Math.log2(v182));
      const v185 = $fr(v183 * v184);
      const v186 = (v182 > 0);
      const v187 = (v186 ? v185 : 0);
      const v188 = $fr($fr($umod(i, (bound32 + 1 | 0)) >>> 0) + v180);
      const v189 = $fr(v188 / v181);
      const v190 = (-v189);
      const v191 = $fr(Math.log2(v189));
      const v192 = $fr(v190 * v191);
      const v193 = (v189 > 0);
      const v194 = (v193 ? v192 : 0);
      const v195 = $fr(v187 + v194);
      const v196 = $fr(v178 / v181);
      const v197 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) / v178);
      const v198 = (-v197);
      const v199 = $fr(Math.log2(v197));
      const v200 = $fr(v198 * v199);
      const v201 = (v197 > 0);
      const v202 = (v201 ? v200 : 0);
      const v203 = $fr($fr($umod(i, (bound32 + 1 | 0)) >>> 0) / v178);
      const v204 = (-v203);
      const v205 = $fr(Math.log2(v203));
      const v206 = $fr(v204 * v205);
      const v207 = (v203 > 0);
      const v208 = (v207 ? v206 : 0);
      const v209 = $fr(v202 + v208);
      const v210 = (v178 > 0);
      const v211 = (v210 ? v209 : 0);
      const v212 = $fr(v196 * v211);
      const v213 = $fr(v176 + v180);
      const v214 = $fr(v213 / v181);
      const v215 = $fr(v176 / v213);
      const v216 = (-v215);
      const v217 = $fr(Math.log2(v215));
      const v218 = $fr(v216 * v217);
      const v219 = (v215 > 0);
      const v220 = (v219 ? v218 : 0);
      const v221 = $fr(v180 / v213);
      const v222 = (-v221);
      const v223 = $fr(Math.log2(v221));
      const v224 = $fr(v222 * v223);
      const v225 = (v221 > 0);
      const v226 = (v225 ? v224 : 0);
      const v227 = $fr(v220 + v226);
      const v228 = (v213 > 0);
      const v229 = (v228 ? v227 : 0);
      const v230 = $fr(v214 * v229);
      const v231 = $fr(v212 + v230);
      const v232 = $fr(v195 - v231);
      const v233 = (v181 > 0);
      const v234 = (v233 ? v232 : 0);
      const v235 = $fr(u_p_beta * v234);
      const v237 = (v236 ? v235 : 0);
      const v238 = $fr(v175 + v237);
      F_table201[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound32 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound32 + 1 | 0)) | 0) | 0)] = v238;
    }
  }
  // count table %213: its value for every presence count pair of the group (when fewer than its keys)
  const tabled213 = (Math.imul((bound28 + 1 | 0), (bound32 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled213) {
    for (let i = lid; (i >>> 0 < Math.imul((bound28 + 1 | 0), (bound32 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v239 = $fr(acc16 - $fr($udiv(i, (bound32 + 1 | 0)) >>> 0));
      const v240 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) + v239);
      const v241 = $fr(v240 + 1.000000013351432e-10);
      const v242 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) / v241);
      const v243 = Math.min(Math.max(v242, 0), 1);
      const v244 = $fr(Math.sqrt(v243));
      const v245 = adv_asin(v244);
      const v246 = $fr(v27 - $fr($umod(i, (bound32 + 1 | 0)) >>> 0));
      const v247 = $fr($fr($umod(i, (bound32 + 1 | 0)) >>> 0) + v246);
      const v248 = $fr(v247 + 1.000000013351432e-10);
      const v249 = $fr($fr($umod(i, (bound32 + 1 | 0)) >>> 0) / v248);
      const v250 = Math.min(Math.max(v249, 0), 1);
      const v251 = $fr(Math.sqrt(v250));
      const v252 = adv_asin(v251);
      const v253 = $fr(v245 - v252);
      F_table213[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound32 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound32 + 1 | 0)) | 0) | 0)] = v253;
    }
  }
  const v332 = $fr(u_p_p_crit * 0.9999899864196777);
  const v335 = (acc16 > 0);
  const v336 = (v27 > 0);
  const v337 = (v335 && v336);
  const v515 = $fr(u_p_bm25_k1 + 1);
  const v517 = $fr(1 - u_p_bm25_b);
  const v518 = $fr(u_p_bm25_b * acc22);
  const v519 = $fr(acc22 + acc24);
  const v520 = $fr(v519 / 2);
  const v521 = $fr(v518 / v520);
  const v522 = $fr(v517 + v521);
  const v523 = $fr(u_p_bm25_k1 * v522);
  const v526 = (acc22 > 0);
  const v531 = $fr(u_p_bm25_b * acc24);
  const v532 = $fr(acc24 + acc22);
  const v533 = $fr(v532 / 2);
  const v534 = $fr(v531 / v533);
  const v535 = $fr(v517 + v534);
  const v536 = $fr(u_p_bm25_k1 * v535);
  const v539 = (acc24 > 0);
  const v546 = (u_p_gamma !== 0);
  const v550 = $fr(u_p_alpha + u_p_beta);
  // key-map %262: once per distinct key of the group
  const nkeys262 = H[(u_oh_count_tok + g | 0)];
  // its memo: the group's hash slots, free once its keys are built, as 8-word entries (a tag, the inputs, the value), tags cleared
  const mbase262 = I_kbase[g];
  const mentries262 = $udiv((I_kbase[(g + 1 | 0)] - mbase262 | 0), 8);
  for (let i = 0; (i >>> 0 < mentries262 >>> 0); i = (i + 1 | 0)) {
    H[(u_oh_table_tok + (mbase262 + Math.imul(i, 8) | 0) | 0)] = 0;
  }
  for (let i = lid; (i >>> 0 < nkeys262 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const mw254 = H[(u_oh_acc28 + slot | 0)];
    const mw255 = H[(u_oh_acc32 + slot | 0)];
    const mh256 = ((0 ^ Math.imul(mw254, (-1640531535))) ^ Math.imul(mw255, (-2048144777)));
    const me257 = (u_oh_table_tok + (mbase262 + Math.imul(((mh256 ^ (mh256 >>> 15 | 0)) & (mentries262 - 1 | 0)), 8) | 0) | 0);
    let v258 = 0;
    if (((((mentries262 >>> 0 > 0 >>> 0) && (H[(me257 + 0 | 0)] === 1)) && (H[(me257 + 1 | 0)] === mw254)) && (H[(me257 + 2 | 0)] === mw255))) {
      v258 = $f32bits(H[(me257 + 7 | 0)]);
    } else {
      const v261 = $fr(H[(u_oh_acc28 + slot | 0)] >>> 0);
      const v262 = $fr(H[(u_oh_acc32 + slot | 0)] >>> 0);
      const v263 = $fr(v261 + v262);
      const v264 = $fr(acc16 - v261);
      const v265 = $fr(v261 + v264);
      const v266 = $fr(v263 + v265);
      const v267 = $fr(v263 + v264);
      const v268 = $fr(v27 - v262);
      const v269 = $fr(v267 + v268);
      const v270 = $fr(v266 - v269);
      const v271 = Math.max(0, v270);
      const v272 = $i32f(v271);
      const v273 = Math.min(v263, v265);
      const v274 = $i32f(v273);
      const lo259 = v272;
      const hi260 = v274;
      const v275 = $fr(v265 + 1);
      const v276 = adv_lgamma(v275);
      const v277 = $fr(v261 + 1);
      const v278 = adv_lgamma(v277);
      const v279 = $fr(v276 - v278);
      const v280 = $fr(v265 - v261);
      const v281 = $fr(v280 + 1);
      const v282 = adv_lgamma(v281);
      const v283 = $fr(v279 - v282);
      const v284 = $fr(v269 - v265);
      const v285 = $fr(v263 - v261);
      const v286 = $fr(v284 + 1);
      const v287 = adv_lgamma(v286);
      const v288 = $fr(v285 + 1);
      const v289 = adv_lgamma(v288);
      const v290 = $fr(v287 - v289);
      const v291 = $fr(v284 - v285);
      const v292 = $fr(v291 + 1);
      const v293 = adv_lgamma(v292);
      const v294 = $fr(v290 - v293);
      const v295 = $fr(v283 + v294);
      const v296 = $fr(v269 + 1);
      const v297 = adv_lgamma(v296);
      const v298 = $fr(v263 + 1);
      const v299 = adv_lgamma(v298);
      const v300 = $fr(v297 - v299);
      const v301 = $fr(v269 - v263);
      const v302 = $fr(v301 + 1);
      const v303 = adv_lgamma(v302);
      const v304 = $fr(v300 - v303);
      const v305 = $fr(v295 - v304);
      const v306 = $fr(v305 + 0.000009999999747378752);
      let fold308 = 0;
      if ((hi260 >= lo259)) {
        if (((hi260 - lo259 | 0) >>> 0 < 1048576 >>> 0)) {
          for (let n330 = 0; (n330 >>> 0 <= (hi260 - lo259 | 0) >>> 0); n330 = (n330 + 1 | 0)) {
            const k307 = (lo259 + n330 | 0);
            const v309 = $fr(k307);
            const v310 = $fr(v309 + 1);
            const v311 = adv_lgamma(v310);
            const v312 = $fr(v276 - v311);
            const v313 = $fr(v265 - v309);
            const v314 = $fr(v313 + 1);
            const v315 = adv_lgamma(v314);
            const v316 = $fr(v312 - v315);
            const v317 = $fr(v263 - v309);
            const v318 = $fr(v317 + 1);
            const v319 = adv_lgamma(v318);
            const v320 = $fr(v287 - v319);
            const v321 = $fr(v284 - v317);
            const v322 = $fr(v321 + 1);
            const v323 = adv_lgamma(v322);
            const v324 = $fr(v320 - v323);
            const v325 = $fr(v316 + v324);
            const v326 = $fr(v325 - v304);
            const v327 = $fr(Math.exp(v326));
            const v328 = (v326 <= v306);
            const v329 = (v328 ? v327 : 0);
            fold308 = $fr(fold308 + v329);
          }
        } else {
          F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
        }
      }
      v258 = fold308;
      if ((mentries262 >>> 0 > 0 >>> 0)) {
        H[me257] = 1;
        H[(me257 + 1 | 0)] = mw254;
        H[(me257 + 2 | 0)] = mw255;
        H[(me257 + 7 | 0)] = $bitsf32(v258);
      }
    }
    const v331 = v258;
    const v333 = (v331 < v332);
    let v334 = 0;
    if (v333) {
      const v338 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
      const v339 = (v338 !== u_p_zero_token_id);
      const v340 = (v337 && v339);
      let v341 = 0;
      if (v340) {
        const mw342 = H[(u_oh_acc28 + slot | 0)];
        const mw343 = H[(u_oh_acc32 + slot | 0)];
        const mw344 = H[(u_oh_acc34 + slot | 0)];
        const mw345 = H[(u_oh_acc52 + slot | 0)];
        const mh346 = ((((0 ^ Math.imul(mw342, (-1640531535))) ^ Math.imul(mw343, (-2048144777))) ^ Math.imul(mw344, (-1028477379))) ^ Math.imul(mw345, 668265263));
        const me347 = (u_oh_table_tok + (mbase262 + Math.imul(((mh346 ^ (mh346 >>> 15 | 0)) & (mentries262 - 1 | 0)), 8) | 0) | 0);
        let v348 = 0;
        if (((((((mentries262 >>> 0 > 0 >>> 0) && (H[(me347 + 0 | 0)] === 1)) && (H[(me347 + 1 | 0)] === mw342)) && (H[(me347 + 2 | 0)] === mw343)) && (H[(me347 + 3 | 0)] === mw344)) && (H[(me347 + 4 | 0)] === mw345))) {
          v348 = $f32bits(H[(me347 + 7 | 0)]);
        } else {
          const v349 = $fr(H[(u_oh_acc28 + slot | 0)] >>> 0);
          const v350 = $fr(H[(u_oh_acc32 + slot | 0)] >>> 0);
          let v351 = 0;
          if (tabled201) {
            v351 = F_table201[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v349 > 0 ? (v349 < 4294967296 ? v349 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v350 > 0 ? (v350 < 4294967296 ? v350 >>> 0 | 0 : -1) : 0) | 0) | 0)];
          } else {
            let v352 = 0;
            if (v92) {
              const v353 = $fr(v349 + v350);
              const v354 = $fr(v353 + v349);
              const v355 = $fr(acc16 - v349);
              const v356 = $fr(v354 + v355);
              const v357 = $fr(v353 + v355);
              const v358 = $fr(v27 - v350);
              const v359 = $fr(v357 + v358);
              const v360 = $fr(v356 - v359);
              const v361 = Math.max(0, v360);
              const v362 = $fr(v349 + v355);
              const v363 = Math.min(v353, v362);
              const v364 = (v361 === v363);
              let v365 = 0;
              if (v364) {
                v365 = 0;
              } else {
                const v368 = $fr(v353 + v362);
                const v369 = $fr(v368 - v359);
                const v370 = Math.max(0, v369);
                const v371 = $i32f(v370);
                const v372 = $i32f(v363);
                const lo366 = v371;
                const hi367 = v372;
                const v373 = $fr(v362 + 1);
                const v374 = adv_lgamma(v373);
                const v375 = $fr(v349 + 1);
                const v376 = adv_lgamma(v375);
                const v377 = $fr(v374 - v376);
                const v378 = $fr(v362 - v349);
                const v379 = $fr(v378 + 1);
                const v380 = adv_lgamma(v379);
                const v381 = $fr(v377 - v380);
                const v382 = $fr(v359 - v362);
                const v383 = $fr(v353 - v349);
                const v384 = $fr(v382 + 1);
                const v385 = adv_lgamma(v384);
                const v386 = $fr(v383 + 1);
                const v387 = adv_lgamma(v386);
                const v388 = $fr(v385 - v387);
                const v389 = $fr(v382 - v383);
                const v390 = $fr(v389 + 1);
                const v391 = adv_lgamma(v390);
                const v392 = $fr(v388 - v391);
                const v393 = $fr(v381 + v392);
                const v394 = $fr(v359 + 1);
                const v395 = adv_lgamma(v394);
                const v396 = $fr(v353 + 1);
                const v397 = adv_lgamma(v396);
                const v398 = $fr(v395 - v397);
                const v399 = $fr(v359 - v353);
                const v400 = $fr(v399 + 1);
                const v401 = adv_lgamma(v400);
                const v402 = $fr(v398 - v401);
                const v403 = $fr(v393 - v402);
                const v404 = $fr(v403 + 0.000009999999747378752);
                let fold406 = 0;
                if ((hi367 >= lo366)) {
                  if (((hi367 - lo366 | 0) >>> 0 < 1048576 >>> 0)) {
                    for (let n428 = 0; (n428 >>> 0 <= (hi367 - lo366 | 0) >>> 0); n428 = (n428 + 1 | 0)) {
                      const k405 = (lo366 + n428 | 0);
                      const v407 = $fr(k405);
                      const v408 = $fr(v407 + 1);
                      const v409 = adv_lgamma(v408);
                      const v410 = $fr(v374 - v409);
                      const v411 = $fr(v362 - v407);
                      const v412 = $fr(v411 + 1);
                      const v413 = adv_lgamma(v412);
                      const v414 = $fr(v410 - v413);
                      const v415 = $fr(v353 - v407);
                      const v416 = $fr(v415 + 1);
                      const v417 = adv_lgamma(v416);
                      const v418 = $fr(v385 - v417);
                      const v419 = $fr(v382 - v415);
                      const v420 = $fr(v419 + 1);
                      const v421 = adv_lgamma(v420);
                      const v422 = $fr(v418 - v421);
                      const v423 = $fr(v414 + v422);
                      const v424 = $fr(v423 - v402);
                      const v425 = $fr(Math.exp(v424));
                      const v426 = (v424 <= v404);
                      const v427 = (v426 ? v425 : 0);
                      fold406 = $fr(fold406 + v427);
                    }
                  } else {
                    F_out_0folds[g] = Math.max(F_out_0folds[g], 2);
                  }
                }
                const v429 = fold406;
                const v430 = $fr((-2) * v429);
                const v431 = $fr(Math.exp(v430));
                v365 = v431;
              }
              const v432 = v365;
              const v433 = $fr(u_p_alpha * v432);
              v352 = v433;
            } else {
              v352 = 0;
            }
            const v434 = v352;
            const v435 = $fr(acc16 - v349);
            const v436 = $fr(v349 + v435);
            const v437 = $fr(v349 + v350);
            const v438 = $fr(v437 + v435);
            const v439 = $fr(v27 - v350);
            const v440 = $fr(v438 + v439);
            const v441 = $fr(v436 / v440);
            const v442 = (-v441);
            const v443 = $fr(Math.log2(v441));
            const v444 = $fr(v442 * v443);
            const v445 = (v441 > 0);
            const v446 = (v445 ? v444 : 0);
            const v447 = $fr(v350 + v439);
            const v448 = $fr(v447 / v440);
            const v449 = (-v448);
            const v450 = $fr(Math.log2(v448));
            const v451 = $fr(v449 * v450);
            const v452 = (v448 > 0);
            const v453 = (v452 ? v451 : 0);
            const v454 = $fr(v446 + v453);
            const v455 = $fr(v437 / v440);
            const v456 = $fr(v349 / v437);
            const v457 = (-v456);
            const v458 = $fr(Math.log2(v456));
            const v459 = $fr(v457 * v458);
            const v460 = (v456 > 0);
            const v461 = (v460 ? v459 : 0);
            const v462 = $fr(v350 / v437);
            const v463 = (-v462);
            const v464 = $fr(Math.log2(v462));
            const v465 = $fr(v463 * v464);
            const v466 = (v462 > 0);
            const v467 = (v466 ? v465 : 0);
            const v468 = $fr(v461 + v467);
            const v469 = (v437 > 0);
            const v470 = (v469 ? v468 : 0);
            const v471 = $fr(v455 * v470);
            const v472 = $fr(v435 + v439);
            const v473 = $fr(v472 / v440);
            const v474 = $fr(v435 / v472);
            const v475 = (-v474);
            const v476 = $fr(Math.log2(v474));
            const v477 = $fr(v475 * v476);
            const v478 = (v474 > 0);
            const v479 = (v478 ? v477 : 0);
            const v480 = $fr(v439 / v472);
            const v481 = (-v480);
            const v482 = $fr(Math.log2(v480));
            const v483 = $fr(v481 * v482);
            const v484 = (v480 > 0);
            const v485 = (v484 ? v483 : 0);
            const v486 = $fr(v479 + v485);
            const v487 = (v472 > 0);
            const v488 = (v487 ? v486 : 0);
            const v489 = $fr(v473 * v488);
            const v490 = $fr(v471 + v489);
            const v491 = $fr(v454 - v490);
            const v492 = (v440 > 0);
            const v493 = (v492 ? v491 : 0);
            const v494 = $fr(u_p_beta * v493);
            const v495 = (v236 ? v494 : 0);
            v351 = $fr(v434 + v495);
          }
          const v496 = v351;
          let v497 = 0;
          if (tabled213) {
            v497 = F_table213[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v349 > 0 ? (v349 < 4294967296 ? v349 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v350 > 0 ? (v350 < 4294967296 ? v350 >>> 0 | 0 : -1) : 0) | 0) | 0)];
          } else {
            const v498 = $fr(acc16 - v349);
            const v499 = $fr(v349 + v498);
            const v500 = $fr(v499 + 1.000000013351432e-10);
            const v501 = $fr(v349 / v500);
            const v502 = Math.min(Math.max(v501, 0), 1);
            const v503 = $fr(Math.sqrt(v502));
            const v504 = adv_asin(v503);
            const v505 = $fr(v27 - v350);
            const v506 = $fr(v350 + v505);
            const v507 = $fr(v506 + 1.000000013351432e-10);
            const v508 = $fr(v350 / v507);
            const v509 = Math.min(Math.max(v508, 0), 1);
            const v510 = $fr(Math.sqrt(v509));
            const v511 = adv_asin(v510);
            v497 = $fr(v504 - v511);
          }
          const v512 = v497;
          const v513 = $fr(H[(u_oh_acc34 + slot | 0)] >>> 0);
          const v514 = $fr(v513 / acc22);
          const v516 = $fr(v514 * v515);
          const v524 = $fr(v514 + v523);
          const v525 = $fr(v516 / v524);
          const v527 = (v526 ? v525 : 0);
          const v528 = $fr(H[(u_oh_acc52 + slot | 0)] >>> 0);
          const v529 = $fr(v528 / acc24);
          const v530 = $fr(v529 * v515);
          const v537 = $fr(v529 + v536);
          const v538 = $fr(v530 / v537);
          const v540 = (v539 ? v538 : 0);
          const v541 = $fr(v540 + 0.000009999999747378752);
          const v542 = $fr(v527 / v541);
          const v543 = $fr(v527 + 0.000009999999747378752);
          const v544 = $fr(v540 / v543);
          const v545 = $fr(v542 - v544);
          const v547 = (v546 ? v545 : 0);
          const v548 = $fr(v512 + v547);
          const v549 = $fr(v496 * v548);
          const v551 = $fr(v549 / v550);
          const v552 = $fr(1 / $fr(1 + $fr(Math.exp((-v551)))));
          const v553 = $fr(v552 - 0.5);
          const v554 = $fr(v553 * 2);
          v348 = $fr(v554 * u_p_top);
          if ((mentries262 >>> 0 > 0 >>> 0)) {
            H[me347] = 1;
            H[(me347 + 1 | 0)] = mw342;
            H[(me347 + 2 | 0)] = mw343;
            H[(me347 + 3 | 0)] = mw344;
            H[(me347 + 4 | 0)] = mw345;
            H[(me347 + 7 | 0)] = $bitsf32(v348);
          }
        }
        const v555 = v348;
        v341 = v555;
      } else {
        v341 = 0;
      }
      const v556 = v341;
      v334 = v556;
    } else {
      v334 = 0;
    }
    F_v262[slot] = v334;
  }
  // reduce to group %267
  let acc267 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v557 = F_v10[row];
    const v558 = $fr(v557 - acc265);
    acc267 = $fr(acc267 + v558);
  }
  if ((lid === 0)) {
    F_v267[g] = acc267;
  }
  // reduce to group %279
  const v560 = $fr(acc267 / $fr(acc17 >>> 0));
  const v561 = $fr(acc265 + v560);
  const v563 = $fr(acc272 - acc265);
  const v564 = (v563 > 0);
  const v565 = (v564 ? v563 : 1);
  let acc279 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v559 = F_v10[row];
    const v562 = $fr(v559 - v561);
    const v566 = $fr(v562 / v565);
    const v567 = $fr(v566 * v566);
    acc279 = $fr(acc279 + v567);
  }
  if ((lid === 0)) {
    F_v279[g] = acc279;
  }
  const v569 = ($fr(acc17 >>> 0) > 1);
  const v570 = (v569 ? v561 : 0);
  const v572 = $fr($fr(acc17 >>> 0) - 1);
  const v573 = $fr(acc279 / v572);
  const v574 = $fr(Math.sqrt(v573));
  const v575 = $fr(v574 * v565);
  const v576 = (v569 ? v575 : 1);
  const v577 = $fr(v576 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v568 = F_v10[row];
    const v571 = $fr(v568 - v570);
    const v578 = $fr(v571 / v577);
    const v579 = (v571 === 0);
    const v580 = (v579 ? 0 : v578);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw581 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v582 = F_v262[((sw581 !== (-1)) ? (sw581 & 2147483647) : 0)];
      const v583 = ((sw581 !== (-1)) ? v582 : 0);
      const v584 = $fr(v580 + v583);
      const v585 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v586 = $fr(v585);
      const v587 = $fr(v584 * v586);
      const v588 = v583;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v587;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v588;
    }
  }
}
let u, $H, $F_token_level_rewards, $F_v10, $F_v20, $F_v16, $F_v17, $F_v22, $F_v24, $F_v265, $F_v272, $F_out_0folds, $F_table258, $F_table201, $F_table213, $F_v262, $F_v267, $F_v279, $F_out_advantages, $F_out_key_values, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase, $I_korder, $I_responses;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v10 = f["v10"];
  $F_v20 = f["v20"];
  $F_v16 = f["v16"];
  $F_v17 = f["v17"];
  $F_v22 = f["v22"];
  $F_v24 = f["v24"];
  $F_v265 = f["v265"];
  $F_v272 = f["v272"];
  $F_out_0folds = f["out_0folds"];
  $F_table258 = f["table258"];
  $F_table201 = f["table201"];
  $F_table213 = f["table213"];
  $F_v262 = f["v262"];
  $F_v267 = f["v267"];
  $F_v279 = f["v279"];
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