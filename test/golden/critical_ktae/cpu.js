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
      const v13 = F_v10[row];
      const v14 = (v13 > 0);
      const v15 = (!v14);
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
            const v12 = ((word >>> 31 | 0) !== 0);
            {
              const a16 = (v12 ? (v14 ? 1 : 0) : 0);
              const a17 = (v12 ? (v15 ? 1 : 0) : 0);
              const add = (a16 + a17 | 0);
              H[((v14 ? u_oh_acc28 : u_oh_acc32) + (word & 2147483647) | 0)] = (H[((v14 ? u_oh_acc28 : u_oh_acc32) + (word & 2147483647) | 0)] + add | 0);
            }
            {
              const a18 = (v14 ? 1 : 0);
              const a19 = (v14 ? 0 : 1);
              const add = (a18 + a19 | 0);
              H[((v14 ? u_oh_acc34 : u_oh_acc52) + (word & 2147483647) | 0)] = (H[((v14 ? u_oh_acc34 : u_oh_acc52) + (word & 2147483647) | 0)] + add | 0);
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
    const v20 = F_v10[row];
    const v21 = (v20 > 0);
    bound28 = (bound28 + (v21 ? 1 : 0) | 0);
  }
  let bound32 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v22 = F_v10[row];
    const v23 = (v22 > 0);
    const v24 = (!v23);
    bound32 = (bound32 + (v24 ? 1 : 0) | 0);
  }
  const v32 = $fr($fr(acc17 >>> 0) - acc16);
  // count table %258: its value for every presence count pair of the group (when fewer than its keys)
  const tabled258 = (Math.imul((bound28 + 1 | 0), (bound32 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled258) {
    for (let i = lid; (i >>> 0 < Math.imul((bound28 + 1 | 0), (bound32 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v27 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) + $fr($umod(i, (bound32 + 1 | 0)) >>> 0));
      const v28 = $fr(acc16 - $fr($udiv(i, (bound32 + 1 | 0)) >>> 0));
      const v29 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) + v28);
      const v30 = $fr(v27 + v29);
      const v31 = $fr(v27 + v28);
      const v33 = $fr(v32 - $fr($umod(i, (bound32 + 1 | 0)) >>> 0));
      const v34 = $fr(v31 + v33);
      const v35 = $fr(v30 - v34);
      const v36 = Math.max(0, v35);
      const v37 = $i32f(v36);
      const v38 = Math.min(v27, v29);
      const v39 = $i32f(v38);
      const lo25 = v37;
      const hi26 = v39;
      const v40 = $fr(v29 + 1);
      const v41 = adv_lgamma(v40);
      const v42 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) + 1);
      const v43 = adv_lgamma(v42);
      const v44 = $fr(v41 - v43);
      const v45 = $fr(v29 - $fr($udiv(i, (bound32 + 1 | 0)) >>> 0));
      const v46 = $fr(v45 + 1);
      const v47 = adv_lgamma(v46);
      const v48 = $fr(v44 - v47);
      const v49 = $fr(v34 - v29);
      const v50 = $fr(v27 - $fr($udiv(i, (bound32 + 1 | 0)) >>> 0));
      const v51 = $fr(v49 + 1);
      const v52 = adv_lgamma(v51);
      const v53 = $fr(v50 + 1);
      const v54 = adv_lgamma(v53);
      const v55 = $fr(v52 - v54);
      const v56 = $fr(v49 - v50);
      const v57 = $fr(v56 + 1);
      const v58 = adv_lgamma(v57);
      const v59 = $fr(v55 - v58);
      const v60 = $fr(v48 + v59);
      const v61 = $fr(v34 + 1);
      const v62 = adv_lgamma(v61);
      const v63 = $fr(v27 + 1);
      const v64 = adv_lgamma(v63);
      const v65 = $fr(v62 - v64);
      const v66 = $fr(v34 - v27);
      const v67 = $fr(v66 + 1);
      const v68 = adv_lgamma(v67);
      const v69 = $fr(v65 - v68);
      const v70 = $fr(v60 - v69);
      const v71 = $fr(v70 + 0.000009999999747378752);
      let fold73 = 0;
      if ((hi26 >= lo25)) {
        if (((hi26 - lo25 | 0) >>> 0 < 1048576 >>> 0)) {
          for (let n95 = 0; (n95 >>> 0 <= (hi26 - lo25 | 0) >>> 0); n95 = (n95 + 1 | 0)) {
            const k72 = (lo25 + n95 | 0);
            const v74 = $fr(k72);
            const v75 = $fr(v74 + 1);
            const v76 = adv_lgamma(v75);
            const v77 = $fr(v41 - v76);
            const v78 = $fr(v29 - v74);
            const v79 = $fr(v78 + 1);
            const v80 = adv_lgamma(v79);
            const v81 = $fr(v77 - v80);
            const v82 = $fr(v27 - v74);
            const v83 = $fr(v82 + 1);
            const v84 = adv_lgamma(v83);
            const v85 = $fr(v52 - v84);
            const v86 = $fr(v49 - v82);
            const v87 = $fr(v86 + 1);
            const v88 = adv_lgamma(v87);
            const v89 = $fr(v85 - v88);
            const v90 = $fr(v81 + v89);
            const v91 = $fr(v90 - v69);
            const v92 = $fr(Math.exp(v91));
            const v93 = (v91 <= v71);
            const v94 = (v93 ? v92 : 0);
            fold73 = $fr(fold73 + v94);
          }
        } else {
          F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
        }
      }
      const v96 = fold73;
      F_table258[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound32 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound32 + 1 | 0)) | 0) | 0)] = v96;
    }
  }
  const v97 = (u_p_alpha !== 0);
  const v241 = (u_p_beta !== 0);
  // count table %201: its value for every presence count pair of the group (when fewer than its keys)
  const tabled201 = (Math.imul((bound28 + 1 | 0), (bound32 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled201) {
    for (let i = lid; (i >>> 0 < Math.imul((bound28 + 1 | 0), (bound32 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v98 = 0;
      if (v97) {
        const v99 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) + $fr($umod(i, (bound32 + 1 | 0)) >>> 0));
        const v100 = $fr(v99 + $fr($udiv(i, (bound32 + 1 | 0)) >>> 0));
        const v101 = $fr(acc16 - $fr($udiv(i, (bound32 + 1 | 0)) >>> 0));
        const v102 = $fr(v100 + v101);
        const v103 = $fr(v99 + v101);
        const v104 = $fr(v32 - $fr($umod(i, (bound32 + 1 | 0)) >>> 0));
        const v105 = $fr(v103 + v104);
        const v106 = $fr(v102 - v105);
        const v107 = Math.max(0, v106);
        const v108 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) + v101);
        const v109 = Math.min(v99, v108);
        const v110 = (v107 === v109);
        let v111 = 0;
        if (v110) {
          v111 = 0;
        } else {
          const v114 = $fr(v99 + v108);
          const v115 = $fr(v114 - v105);
          const v116 = Math.max(0, v115);
          const v117 = $i32f(v116);
          const v118 = $i32f(v109);
          const lo112 = v117;
          const hi113 = v118;
          const v119 = $fr(v108 + 1);
          const v120 = adv_lgamma(v119);
          const v121 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) + 1);
          const v122 = adv_lgamma(v121);
          const v123 = $fr(v120 - v122);
          const v124 = $fr(v108 - $fr($udiv(i, (bound32 + 1 | 0)) >>> 0));
          const v125 = $fr(v124 + 1);
          const v126 = adv_lgamma(v125);
          const v127 = $fr(v123 - v126);
          const v128 = $fr(v105 - v108);
          const v129 = $fr(v99 - $fr($udiv(i, (bound32 + 1 | 0)) >>> 0));
          const v130 = $fr(v128 + 1);
          const v131 = adv_lgamma(v130);
          const v132 = $fr(v129 + 1);
          const v133 = adv_lgamma(v132);
          const v134 = $fr(v131 - v133);
          const v135 = $fr(v128 - v129);
          const v136 = $fr(v135 + 1);
          const v137 = adv_lgamma(v136);
          const v138 = $fr(v134 - v137);
          const v139 = $fr(v127 + v138);
          const v140 = $fr(v105 + 1);
          const v141 = adv_lgamma(v140);
          const v142 = $fr(v99 + 1);
          const v143 = adv_lgamma(v142);
          const v144 = $fr(v141 - v143);
          const v145 = $fr(v105 - v99);
          const v146 = $fr(v145 + 1);
          const v147 = adv_lgamma(v146);
          const v148 = $fr(v144 - v147);
          const v149 = $fr(v139 - v148);
          const v150 = $fr(v149 + 0.000009999999747378752);
          let fold152 = 0;
          if ((hi113 >= lo112)) {
            if (((hi113 - lo112 | 0) >>> 0 < 1048576 >>> 0)) {
              for (let n174 = 0; (n174 >>> 0 <= (hi113 - lo112 | 0) >>> 0); n174 = (n174 + 1 | 0)) {
                const k151 = (lo112 + n174 | 0);
                const v153 = $fr(k151);
                const v154 = $fr(v153 + 1);
                const v155 = adv_lgamma(v154);
                const v156 = $fr(v120 - v155);
                const v157 = $fr(v108 - v153);
                const v158 = $fr(v157 + 1);
                const v159 = adv_lgamma(v158);
                const v160 = $fr(v156 - v159);
                const v161 = $fr(v99 - v153);
                const v162 = $fr(v161 + 1);
                const v163 = adv_lgamma(v162);
                const v164 = $fr(v131 - v163);
                const v165 = $fr(v128 - v161);
                const v166 = $fr(v165 + 1);
                const v167 = adv_lgamma(v166);
                const v168 = $fr(v164 - v167);
                const v169 = $fr(v160 + v168);
                const v170 = $fr(v169 - v148);
                const v171 = $fr(Math.exp(v170));
                const v172 = (v170 <= v150);
                const v173 = (v172 ? v171 : 0);
                fold152 = $fr(fold152 + v173);
              }
            } else {
              F_out_0folds[g] = Math.max(F_out_0folds[g], 2);
            }
          }
          const v175 = fold152;
          const v176 = $fr((-2) * v175);
          const v177 = $fr(Math.exp(v176));
          v111 = v177;
        }
        const v178 = v111;
        const v179 = $fr(u_p_alpha * v178);
        v98 = v179;
      } else {
        v98 = 0;
      }
      const v180 = v98;
      const v181 = $fr(acc16 - $fr($udiv(i, (bound32 + 1 | 0)) >>> 0));
      const v182 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) + v181);
      const v183 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) + $fr($umod(i, (bound32 + 1 | 0)) >>> 0));
      const v184 = $fr(v183 + v181);
      const v185 = $fr(v32 - $fr($umod(i, (bound32 + 1 | 0)) >>> 0));
      const v186 = $fr(v184 + v185);
      const v187 = $fr(v182 / v186);
      const v188 = (-v187);
      const v189 = $fr(Math.log2(v187));
      const v190 = $fr(v188 * v189);
      const v191 = (v187 > 0);
      const v192 = (v191 ? v190 : 0);
      const v193 = $fr($fr($umod(i, (bound32 + 1 | 0)) >>> 0) + v185);
      const v194 = $fr(v193 / v186);
      const v195 = (-v194);
      const v196 = $fr(Math.log2(v194));
      const v197 = $fr(v195 * v196);
      const v198 = (v194 > 0);
      const v199 = (v198 ? v197 : 0);
      const v200 = $fr(v192 + v199);
      const v201 = $fr(v183 / v186);
      const v202 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) / v183);
      const v203 = (-v202);
      const v204 = $fr(Math.log2(v202));
      const v205 = $fr(v203 * v204);
      const v206 = (v202 > 0);
      const v207 = (v206 ? v205 : 0);
      const v208 = $fr($fr($umod(i, (bound32 + 1 | 0)) >>> 0) / v183);
      const v209 = (-v208);
      const v210 = $fr(Math.log2(v208));
      const v211 = $fr(v209 * v210);
      const v212 = (v208 > 0);
      const v213 = (v212 ? v211 : 0);
      const v214 = $fr(v207 + v213);
      const v215 = (v183 > 0);
      const v216 = (v215 ? v214 : 0);
      const v217 = $fr(v201 * v216);
      const v218 = $fr(v181 + v185);
      const v219 = $fr(v218 / v186);
      const v220 = $fr(v181 / v218);
      const v221 = (-v220);
      const v222 = $fr(Math.log2(v220));
      const v223 = $fr(v221 * v222);
      const v224 = (v220 > 0);
      const v225 = (v224 ? v223 : 0);
      const v226 = $fr(v185 / v218);
      const v227 = (-v226);
      const v228 = $fr(Math.log2(v226));
      const v229 = $fr(v227 * v228);
      const v230 = (v226 > 0);
      const v231 = (v230 ? v229 : 0);
      const v232 = $fr(v225 + v231);
      const v233 = (v218 > 0);
      const v234 = (v233 ? v232 : 0);
      const v235 = $fr(v219 * v234);
      const v236 = $fr(v217 + v235);
      const v237 = $fr(v200 - v236);
      const v238 = (v186 > 0);
      const v239 = (v238 ? v237 : 0);
      const v240 = $fr(u_p_beta * v239);
      const v242 = (v241 ? v240 : 0);
      const v243 = $fr(v180 + v242);
      F_table201[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound32 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound32 + 1 | 0)) | 0) | 0)] = v243;
    }
  }
  // count table %213: its value for every presence count pair of the group (when fewer than its keys)
  const tabled213 = (Math.imul((bound28 + 1 | 0), (bound32 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled213) {
    for (let i = lid; (i >>> 0 < Math.imul((bound28 + 1 | 0), (bound32 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v244 = $fr(acc16 - $fr($udiv(i, (bound32 + 1 | 0)) >>> 0));
      const v245 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) + v244);
      const v246 = $fr(v245 + 1.000000013351432e-10);
      const v247 = $fr($fr($udiv(i, (bound32 + 1 | 0)) >>> 0) / v246);
      const v248 = Math.min(Math.max(v247, 0), 1);
      const v249 = $fr(Math.sqrt(v248));
      const v250 = adv_asin(v249);
      const v251 = $fr(v32 - $fr($umod(i, (bound32 + 1 | 0)) >>> 0));
      const v252 = $fr($fr($umod(i, (bound32 + 1 | 0)) >>> 0) + v251);
      const v253 = $fr(v252 + 1.000000013351432e-10);
      const v254 = $fr($fr($umod(i, (bound32 + 1 | 0)) >>> 0) / v253);
      const v255 = Math.min(Math.max(v254, 0), 1);
      const v256 = $fr(Math.sqrt(v255));
      const v257 = adv_asin(v256);
      const v258 = $fr(v250 - v257);
      F_table213[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound32 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound32 + 1 | 0)) | 0) | 0)] = v258;
    }
  }
  const v333 = $fr(u_p_p_crit * 0.9999899864196777);
  const v336 = (acc16 > 0);
  const v337 = (v32 > 0);
  const v338 = (v336 && v337);
  const v507 = $fr(u_p_bm25_k1 + 1);
  const v509 = $fr(1 - u_p_bm25_b);
  const v510 = $fr(u_p_bm25_b * acc22);
  const v511 = $fr(acc22 + acc24);
  const v512 = $fr(v511 / 2);
  const v513 = $fr(v510 / v512);
  const v514 = $fr(v509 + v513);
  const v515 = $fr(u_p_bm25_k1 * v514);
  const v518 = (acc22 > 0);
  const v523 = $fr(u_p_bm25_b * acc24);
  const v524 = $fr(acc24 + acc22);
  const v525 = $fr(v524 / 2);
  const v526 = $fr(v523 / v525);
  const v527 = $fr(v509 + v526);
  const v528 = $fr(u_p_bm25_k1 * v527);
  const v531 = (acc24 > 0);
  const v538 = (u_p_gamma !== 0);
  const v542 = $fr(u_p_alpha + u_p_beta);
  // key-map %262: once per distinct key of the group
  const nkeys262 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys262 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v259 = $fr(H[(u_oh_acc28 + slot | 0)] >>> 0);
    const v260 = $fr(H[(u_oh_acc32 + slot | 0)] >>> 0);
    let v261 = 0;
    if (tabled258) {
      v261 = F_table258[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v259 > 0 ? (v259 < 4294967296 ? v259 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v260 > 0 ? (v260 < 4294967296 ? v260 >>> 0 | 0 : -1) : 0) | 0) | 0)];
    } else {
      const v264 = $fr(v259 + v260);
      const v265 = $fr(acc16 - v259);
      const v266 = $fr(v259 + v265);
      const v267 = $fr(v264 + v266);
      const v268 = $fr(v264 + v265);
      const v269 = $fr(v32 - v260);
      const v270 = $fr(v268 + v269);
      const v271 = $fr(v267 - v270);
      const v272 = Math.max(0, v271);
      const v273 = $i32f(v272);
      const v274 = Math.min(v264, v266);
      const v275 = $i32f(v274);
      const lo262 = v273;
      const hi263 = v275;
      const v276 = $fr(v266 + 1);
      const v277 = adv_lgamma(v276);
      const v278 = $fr(v259 + 1);
      const v279 = adv_lgamma(v278);
      const v280 = $fr(v277 - v279);
      const v281 = $fr(v266 - v259);
      const v282 = $fr(v281 + 1);
      const v283 = adv_lgamma(v282);
      const v284 = $fr(v280 - v283);
      const v285 = $fr(v270 - v266);
      const v286 = $fr(v264 - v259);
      const v287 = $fr(v285 + 1);
      const v288 = adv_lgamma(v287);
      const v289 = $fr(v286 + 1);
      const v290 = adv_lgamma(v289);
      const v291 = $fr(v288 - v290);
      const v292 = $fr(v285 - v286);
      const v293 = $fr(v292 + 1);
      const v294 = adv_lgamma(v293);
      const v295 = $fr(v291 - v294);
      const v296 = $fr(v284 + v295);
      const v297 = $fr(v270 + 1);
      const v298 = adv_lgamma(v297);
      const v299 = $fr(v264 + 1);
      const v300 = adv_lgamma(v299);
      const v301 = $fr(v298 - v300);
      const v302 = $fr(v270 - v264);
      const v303 = $fr(v302 + 1);
      const v304 = adv_lgamma(v303);
      const v305 = $fr(v301 - v304);
      const v306 = $fr(v296 - v305);
      const v307 = $fr(v306 + 0.000009999999747378752);
      let fold309 = 0;
      if ((hi263 >= lo262)) {
        if (((hi263 - lo262 | 0) >>> 0 < 1048576 >>> 0)) {
          for (let n331 = 0; (n331 >>> 0 <= (hi263 - lo262 | 0) >>> 0); n331 = (n331 + 1 | 0)) {
            const k308 = (lo262 + n331 | 0);
            const v310 = $fr(k308);
            const v311 = $fr(v310 + 1);
            const v312 = adv_lgamma(v311);
            const v313 = $fr(v277 - v312);
            const v314 = $fr(v266 - v310);
            const v315 = $fr(v314 + 1);
            const v316 = adv_lgamma(v315);
            const v317 = $fr(v313 - v316);
            const v318 = $fr(v264 - v310);
            const v319 = $fr(v318 + 1);
            const v320 = adv_lgamma(v319);
            const v321 = $fr(v288 - v320);
            const v322 = $fr(v285 - v318);
            const v323 = $fr(v322 + 1);
            const v324 = adv_lgamma(v323);
            const v325 = $fr(v321 - v324);
            const v326 = $fr(v317 + v325);
            const v327 = $fr(v326 - v305);
            const v328 = $fr(Math.exp(v327));
            const v329 = (v327 <= v307);
            const v330 = (v329 ? v328 : 0);
            fold309 = $fr(fold309 + v330);
          }
        } else {
          F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
        }
      }
      v261 = fold309;
    }
    const v332 = v261;
    const v334 = (v332 < v333);
    let v335 = 0;
    if (v334) {
      const v339 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
      const v340 = (v339 !== u_p_zero_token_id);
      const v341 = (v338 && v340);
      let v342 = 0;
      if (v341) {
        let v343 = 0;
        if (tabled201) {
          v343 = F_table201[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v259 > 0 ? (v259 < 4294967296 ? v259 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v260 > 0 ? (v260 < 4294967296 ? v260 >>> 0 | 0 : -1) : 0) | 0) | 0)];
        } else {
          let v344 = 0;
          if (v97) {
            const v345 = $fr(v259 + v260);
            const v346 = $fr(v345 + v259);
            const v347 = $fr(acc16 - v259);
            const v348 = $fr(v346 + v347);
            const v349 = $fr(v345 + v347);
            const v350 = $fr(v32 - v260);
            const v351 = $fr(v349 + v350);
            const v352 = $fr(v348 - v351);
            const v353 = Math.max(0, v352);
            const v354 = $fr(v259 + v347);
            const v355 = Math.min(v345, v354);
            const v356 = (v353 === v355);
            let v357 = 0;
            if (v356) {
              v357 = 0;
            } else {
              const v360 = $fr(v345 + v354);
              const v361 = $fr(v360 - v351);
              const v362 = Math.max(0, v361);
              const v363 = $i32f(v362);
              const v364 = $i32f(v355);
              const lo358 = v363;
              const hi359 = v364;
              const v365 = $fr(v354 + 1);
              const v366 = adv_lgamma(v365);
              const v367 = $fr(v259 + 1);
              const v368 = adv_lgamma(v367);
              const v369 = $fr(v366 - v368);
              const v370 = $fr(v354 - v259);
              const v371 = $fr(v370 + 1);
              const v372 = adv_lgamma(v371);
              const v373 = $fr(v369 - v372);
              const v374 = $fr(v351 - v354);
              const v375 = $fr(v345 - v259);
              const v376 = $fr(v374 + 1);
              const v377 = adv_lgamma(v376);
              const v378 = $fr(v375 + 1);
              const v379 = adv_lgamma(v378);
              const v380 = $fr(v377 - v379);
              const v381 = $fr(v374 - v375);
              const v382 = $fr(v381 + 1);
              const v383 = adv_lgamma(v382);
              const v384 = $fr(v380 - v383);
              const v385 = $fr(v373 + v384);
              const v386 = $fr(v351 + 1);
              const v387 = adv_lgamma(v386);
              const v388 = $fr(v345 + 1);
              const v389 = adv_lgamma(v388);
              const v390 = $fr(v387 - v389);
              const v391 = $fr(v351 - v345);
              const v392 = $fr(v391 + 1);
              const v393 = adv_lgamma(v392);
              const v394 = $fr(v390 - v393);
              const v395 = $fr(v385 - v394);
              const v396 = $fr(v395 + 0.000009999999747378752);
              let fold398 = 0;
              if ((hi359 >= lo358)) {
                if (((hi359 - lo358 | 0) >>> 0 < 1048576 >>> 0)) {
                  for (let n420 = 0; (n420 >>> 0 <= (hi359 - lo358 | 0) >>> 0); n420 = (n420 + 1 | 0)) {
                    const k397 = (lo358 + n420 | 0);
                    const v399 = $fr(k397);
                    const v400 = $fr(v399 + 1);
                    const v401 = adv_lgamma(v400);
                    const v402 = $fr(v366 - v401);
                    const v403 = $fr(v354 - v399);
                    const v404 = $fr(v403 + 1);
                    const v405 = adv_lgamma(v404);
                    const v406 = $fr(v402 - v405);
                    const v407 = $fr(v345 - v399);
                    const v408 = $fr(v407 + 1);
                    const v409 = adv_lgamma(v408);
                    const v410 = $fr(v377 - v409);
                    const v411 = $fr(v374 - v407);
                    const v412 = $fr(v411 + 1);
                    const v413 = adv_lgamma(v412);
                    const v414 = $fr(v410 - v413);
                    const v415 = $fr(v406 + v414);
                    const v416 = $fr(v415 - v394);
                    const v417 = $fr(Math.exp(v416));
                    const v418 = (v416 <= v396);
                    const v419 = (v418 ? v417 : 0);
                    fold398 = $fr(fold398 + v419);
                  }
                } else {
                  F_out_0folds[g] = Math.max(F_out_0folds[g], 2);
                }
              }
              const v421 = fold398;
              const v422 = $fr((-2) * v421);
              const v423 = $fr(Math.exp(v422));
              v357 = v423;
            }
            const v424 = v357;
            const v425 = $fr(u_p_alpha * v424);
            v344 = v425;
          } else {
            v344 = 0;
          }
          const v426 = v344;
          const v427 = $fr(acc16 - v259);
          const v428 = $fr(v259 + v427);
          const v429 = $fr(v259 + v260);
          const v430 = $fr(v429 + v427);
          const v431 = $fr(v32 - v260);
          const v432 = $fr(v430 + v431);
          const v433 = $fr(v428 / v432);
          const v434 = (-v433);
          const v435 = $fr(Math.log2(v433));
          const v436 = $fr(v434 * v435);
          const v437 = (v433 > 0);
          const v438 = (v437 ? v436 : 0);
          const v439 = $fr(v260 + v431);
          const v440 = $fr(v439 / v432);
          const v441 = (-v440);
          const v442 = $fr(Math.log2(v440));
          const v443 = $fr(v441 * v442);
          const v444 = (v440 > 0);
          const v445 = (v444 ? v443 : 0);
          const v446 = $fr(v438 + v445);
          const v447 = $fr(v429 / v432);
          const v448 = $fr(v259 / v429);
          const v449 = (-v448);
          const v450 = $fr(Math.log2(v448));
          const v451 = $fr(v449 * v450);
          const v452 = (v448 > 0);
          const v453 = (v452 ? v451 : 0);
          const v454 = $fr(v260 / v429);
          const v455 = (-v454);
          const v456 = $fr(Math.log2(v454));
          const v457 = $fr(v455 * v456);
          const v458 = (v454 > 0);
          const v459 = (v458 ? v457 : 0);
          const v460 = $fr(v453 + v459);
          const v461 = (v429 > 0);
          const v462 = (v461 ? v460 : 0);
          const v463 = $fr(v447 * v462);
          const v464 = $fr(v427 + v431);
          const v465 = $fr(v464 / v432);
          const v466 = $fr(v427 / v464);
          const v467 = (-v466);
          const v468 = $fr(Math.log2(v466));
          const v469 = $fr(v467 * v468);
          const v470 = (v466 > 0);
          const v471 = (v470 ? v469 : 0);
          const v472 = $fr(v431 / v464);
          const v473 = (-v472);
          const v474 = $fr(Math.log2(v472));
          const v475 = $fr(v473 * v474);
          const v476 = (v472 > 0);
          const v477 = (v476 ? v475 : 0);
          const v478 = $fr(v471 + v477);
          const v479 = (v464 > 0);
          const v480 = (v479 ? v478 : 0);
          const v481 = $fr(v465 * v480);
          const v482 = $fr(v463 + v481);
          const v483 = $fr(v446 - v482);
          const v484 = (v432 > 0);
          const v485 = (v484 ? v483 : 0);
          const v486 = $fr(u_p_beta * v485);
          const v487 = (v241 ? v486 : 0);
          v343 = $fr(v426 + v487);
        }
        const v488 = v343;
        let v489 = 0;
        if (tabled213) {
          v489 = F_table213[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v259 > 0 ? (v259 < 4294967296 ? v259 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v260 > 0 ? (v260 < 4294967296 ? v260 >>> 0 | 0 : -1) : 0) | 0) | 0)];
        } else {
          const v490 = $fr(acc16 - v259);
          const v491 = $fr(v259 + v490);
          const v492 = $fr(v491 + 1.000000013351432e-10);
          const v493 = $fr(v259 / v492);
          const v494 = Math.min(Math.max(v493, 0), 1);
          const v495 = $fr(Math.sqrt(v494));
          const v496 = adv_asin(v495);
          const v497 = $fr(v32 - v260);
          const v498 = $fr(v260 + v497);
          const v499 = $fr(v498 + 1.000000013351432e-10);
          const v500 = $fr(v260 / v499);
          const v501 = Math.min(Math.max(v500, 0), 1);
          const v502 = $fr(Math.sqrt(v501));
          const v503 = adv_asin(v502);
          v489 = $fr(v496 - v503);
        }
        const v504 = v489;
        const v505 = $fr(H[(u_oh_acc34 + slot | 0)] >>> 0);
        const v506 = $fr(v505 / acc22);
        const v508 = $fr(v506 * v507);
        const v516 = $fr(v506 + v515);
        const v517 = $fr(v508 / v516);
        const v519 = (v518 ? v517 : 0);
        const v520 = $fr(H[(u_oh_acc52 + slot | 0)] >>> 0);
        const v521 = $fr(v520 / acc24);
        const v522 = $fr(v521 * v507);
        const v529 = $fr(v521 + v528);
        const v530 = $fr(v522 / v529);
        const v532 = (v531 ? v530 : 0);
        const v533 = $fr(v532 + 0.000009999999747378752);
        const v534 = $fr(v519 / v533);
        const v535 = $fr(v519 + 0.000009999999747378752);
        const v536 = $fr(v532 / v535);
        const v537 = $fr(v534 - v536);
        const v539 = (v538 ? v537 : 0);
        const v540 = $fr(v504 + v539);
        const v541 = $fr(v488 * v540);
        const v543 = $fr(v541 / v542);
        const v544 = $fr(1 / $fr(1 + $fr(Math.exp((-v543)))));
        const v545 = $fr(v544 - 0.5);
        const v546 = $fr(v545 * 2);
        const v547 = $fr(v546 * u_p_top);
        v342 = v547;
      } else {
        v342 = 0;
      }
      const v548 = v342;
      v335 = v548;
    } else {
      v335 = 0;
    }
    F_v262[slot] = v335;
  }
  // reduce to group %267
  let acc267 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v549 = F_v10[row];
    const v550 = $fr(v549 - acc265);
    acc267 = $fr(acc267 + v550);
  }
  if ((lid === 0)) {
    F_v267[g] = acc267;
  }
  // reduce to group %279
  const v552 = $fr(acc267 / $fr(acc17 >>> 0));
  const v553 = $fr(acc265 + v552);
  const v555 = $fr(acc272 - acc265);
  const v556 = (v555 > 0);
  const v557 = (v556 ? v555 : 1);
  let acc279 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v551 = F_v10[row];
    const v554 = $fr(v551 - v553);
    const v558 = $fr(v554 / v557);
    const v559 = $fr(v558 * v558);
    acc279 = $fr(acc279 + v559);
  }
  if ((lid === 0)) {
    F_v279[g] = acc279;
  }
  const v561 = ($fr(acc17 >>> 0) > 1);
  const v562 = (v561 ? v553 : 0);
  const v564 = $fr($fr(acc17 >>> 0) - 1);
  const v565 = $fr(acc279 / v564);
  const v566 = $fr(Math.sqrt(v565));
  const v567 = $fr(v566 * v557);
  const v568 = (v561 ? v567 : 1);
  const v569 = $fr(v568 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v560 = F_v10[row];
    const v563 = $fr(v560 - v562);
    const v570 = $fr(v563 / v569);
    const v571 = (v563 === 0);
    const v572 = (v571 ? 0 : v570);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw573 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v574 = F_v262[((sw573 !== (-1)) ? (sw573 & 2147483647) : 0)];
      const v575 = ((sw573 !== (-1)) ? v574 : 0);
      const v576 = $fr(v572 + v575);
      const v577 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v578 = $fr(v577);
      const v579 = $fr(v576 * v578);
      const v580 = v575;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v579;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v580;
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