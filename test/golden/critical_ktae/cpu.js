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
  const u_oh_seen_tok = u.oh_seen_tok;
  const u_oh_acc28 = u.oh_acc28;
  const u_oh_acc32 = u.oh_acc32;
  const u_oh_acc34 = u.oh_acc34;
  const u_oh_acc52 = u.oh_acc52;
  const u_oh_keys_tok = u.oh_keys_tok;
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
  const F_v10 = $F_v10;
  const F_v16 = $F_v16;
  const F_v17 = $F_v17;
  const F_v265 = $F_v265;
  const F_v272 = $F_v272;
  const I_response_mask = $I_response_mask;
  const F_v20 = $F_v20;
  const F_v22 = $F_v22;
  const F_v24 = $F_v24;
  const F_v267 = $F_v267;
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
  // reduce to group %16, %17, %265, %272
  let acc16 = 0;
  let acc17 = 0;
  let acc265 = Infinity;
  let acc272 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v10[row];
    const v6 = (v5 > 0);
    const v7 = (v6 ? 1 : 0);
    acc16 = $fr(acc16 + v7);
    acc17 = $fr(acc17 + 1);
    acc265 = Math.min(acc265, v5);
    acc272 = Math.max(acc272, v5);
  }
  if ((lid === 0)) {
    F_v16[g] = acc16;
    F_v17[g] = acc17;
    F_v265[g] = acc265;
    F_v272[g] = acc272;
  }
  // reduce to rollout %20: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc20_0 = 0;
    let acc20_1 = 0;
    let acc20_2 = 0;
    let acc20_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        acc20_0 = $fr(acc20_0 + 1);
      }
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        acc20_1 = $fr(acc20_1 + 1);
      }
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        acc20_2 = $fr(acc20_2 + 1);
      }
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        acc20_3 = $fr(acc20_3 + 1);
      }
    }
    F_v20[row0] = acc20_0;
    F_v20[row1] = acc20_1;
    F_v20[row2] = acc20_2;
    F_v20[row3] = acc20_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc20 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        acc20 = $fr(acc20 + 1);
      }
    }
    F_v20[row] = acc20;
  }
  // reduce to group %22, %24, %267
  let acc22 = 0;
  let acc24 = 0;
  let acc267 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v8 = F_v20[row];
    const v9 = F_v10[row];
    const v10 = (v9 > 0);
    const v11 = (v10 ? v8 : 0);
    const v12 = (v10 ? 0 : v8);
    const v13 = $fr(v9 - acc265);
    acc22 = $fr(acc22 + v11);
    acc24 = $fr(acc24 + v12);
    acc267 = $fr(acc267 + v13);
  }
  if ((lid === 0)) {
    F_v22[g] = acc22;
    F_v24[g] = acc24;
    F_v267[g] = acc267;
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
      H[(u_oh_table_tok + (base + i | 0) | 0)] = 0;
    }
    const rows = (I_vbase[(g + 1 | 0)] - lbase | 0);
    let zeroed = 0;
    {
      const upto = $umin(rows, $udiv(Math.imul(used, 2), 3));
      for (let i = zeroed; (i >>> 0 < upto >>> 0); i = (i + 1 | 0)) {
        H[((u_oh_seen_tok + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc28 + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc32 + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc34 + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc52 + lbase | 0) + i | 0)] = 0;
      }
      zeroed = upto;
    }
    for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
      // longest rows first: the lanes' rows end together
      const row = I_korder[(m0 + j | 0)];
      const v15 = F_v10[row];
      const v16 = (v15 > 0);
      const v17 = (v16 ? 1 : 0);
      const v20 = (!v16);
      const v21 = (v20 ? 1 : 0);
      const v24 = (v16 ? 0 : 1);
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
            H[((u_oh_acc28 + lbase | 0) + i | 0)] = 0;
            H[((u_oh_acc32 + lbase | 0) + i | 0)] = 0;
            H[((u_oh_acc34 + lbase | 0) + i | 0)] = 0;
            H[((u_oh_acc52 + lbase | 0) + i | 0)] = 0;
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
          const v14 = I_responses[(Math.imul(row, u_T) + t | 0)];
          const key = v14;
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
            const v18 = ((word >>> 31 | 0) !== 0);
            const v19 = (v18 ? v17 : 0);
            const v22 = (v18 ? v21 : 0);
            const v23 = v17;
            const v25 = v24;
            {
              const a26 = (v19 > 0 ? (v19 < 4294967296 ? v19 >>> 0 | 0 : -1) : 0);
              const a27 = (v22 > 0 ? (v22 < 4294967296 ? v22 >>> 0 | 0 : -1) : 0);
              const add = (a26 + a27 | 0);
              if ((add !== 0)) {
                H[(((a26 !== 0) ? u_oh_acc28 : u_oh_acc32) + (word & 2147483647) | 0)] = (H[(((a26 !== 0) ? u_oh_acc28 : u_oh_acc32) + (word & 2147483647) | 0)] + add | 0);
              }
            }
            {
              const a28 = (v23 > 0 ? (v23 < 4294967296 ? v23 >>> 0 | 0 : -1) : 0);
              const a29 = (v25 > 0 ? (v25 < 4294967296 ? v25 >>> 0 | 0 : -1) : 0);
              const add = (a28 + a29 | 0);
              if ((add !== 0)) {
                H[(((a28 !== 0) ? u_oh_acc34 : u_oh_acc52) + (word & 2147483647) | 0)] = (H[(((a28 !== 0) ? u_oh_acc34 : u_oh_acc52) + (word & 2147483647) | 0)] + add | 0);
              }
            }
          }
        }
        H[((u_oh_slot_tok + Math.imul(row, u_T) | 0) + tt | 0)] = word;
      }
    }
    H[(u_oh_count_tok + g | 0)] = nk;
  }
  const v37 = $fr(acc17 - acc16);
  // count table %258: its value for every presence count pair of the group (when fewer than its keys)
  const tabled258 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled258) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v32 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v33 = $fr(acc16 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v34 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v33);
      const v35 = $fr(v32 + v34);
      const v36 = $fr(v32 + v33);
      const v38 = $fr(v37 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v39 = $fr(v36 + v38);
      const v40 = $fr(v35 - v39);
      const v41 = Math.max(0, v40);
      const v42 = $i32f(v41);
      const v43 = Math.min(v32, v34);
      const v44 = $i32f(v43);
      const lo30 = v42;
      const hi31 = v44;
      const v45 = $fr(v34 + 1);
      const v46 = adv_lgamma(v45);
      const v47 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
      const v48 = adv_lgamma(v47);
      const v49 = $fr(v46 - v48);
      const v50 = $fr(v34 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v51 = $fr(v50 + 1);
      const v52 = adv_lgamma(v51);
      const v53 = $fr(v49 - v52);
      const v54 = $fr(v39 - v34);
      const v55 = $fr(v32 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v56 = $fr(v54 + 1);
      const v57 = adv_lgamma(v56);
      const v58 = $fr(v55 + 1);
      const v59 = adv_lgamma(v58);
      const v60 = $fr(v57 - v59);
      const v61 = $fr(v54 - v55);
      const v62 = $fr(v61 + 1);
      const v63 = adv_lgamma(v62);
      const v64 = $fr(v60 - v63);
      const v65 = $fr(v53 + v64);
      const v66 = $fr(v39 + 1);
      const v67 = adv_lgamma(v66);
      const v68 = $fr(v32 + 1);
      const v69 = adv_lgamma(v68);
      const v70 = $fr(v67 - v69);
      const v71 = $fr(v39 - v32);
      const v72 = $fr(v71 + 1);
      const v73 = adv_lgamma(v72);
      const v74 = $fr(v70 - v73);
      const v75 = $fr(v65 - v74);
      const v76 = $fr(v75 + 0.000009999999747378752);
      let fold78 = 0;
      if ((hi31 >= lo30)) {
        if (((hi31 - lo30 | 0) >>> 0 < 1048576 >>> 0)) {
          for (let n100 = 0; (n100 >>> 0 <= (hi31 - lo30 | 0) >>> 0); n100 = (n100 + 1 | 0)) {
            const k77 = (lo30 + n100 | 0);
            const v79 = $fr(k77);
            const v80 = $fr(v79 + 1);
            const v81 = adv_lgamma(v80);
            const v82 = $fr(v46 - v81);
            const v83 = $fr(v34 - v79);
            const v84 = $fr(v83 + 1);
            const v85 = adv_lgamma(v84);
            const v86 = $fr(v82 - v85);
            const v87 = $fr(v32 - v79);
            const v88 = $fr(v87 + 1);
            const v89 = adv_lgamma(v88);
            const v90 = $fr(v57 - v89);
            const v91 = $fr(v54 - v87);
            const v92 = $fr(v91 + 1);
            const v93 = adv_lgamma(v92);
            const v94 = $fr(v90 - v93);
            const v95 = $fr(v86 + v94);
            const v96 = $fr(v95 - v74);
            const v97 = $fr(Math.exp(v96));
            const v98 = (v96 <= v76);
            const v99 = (v98 ? v97 : 0);
            fold78 = $fr(fold78 + v99);
          }
        } else {
          F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
        }
      }
      const v101 = fold78;
      F_table258[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v101;
    }
  }
  const v102 = (u_p_alpha !== 0);
  const v246 = (u_p_beta !== 0);
  // count table %201: its value for every presence count pair of the group (when fewer than its keys)
  const tabled201 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled201) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v103 = 0;
      if (v102) {
        const v104 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v105 = $fr(v104 + $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v106 = $fr(acc16 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v107 = $fr(v105 + v106);
        const v108 = $fr(v104 + v106);
        const v109 = $fr(v37 - $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v110 = $fr(v108 + v109);
        const v111 = $fr(v107 - v110);
        const v112 = Math.max(0, v111);
        const v113 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v106);
        const v114 = Math.min(v104, v113);
        const v115 = (v112 === v114);
        let v116 = 0;
        if (v115) {
          v116 = 0;
        } else {
          const v119 = $fr(v104 + v113);
          const v120 = $fr(v119 - v110);
          const v121 = Math.max(0, v120);
          const v122 = $i32f(v121);
          const v123 = $i32f(v114);
          const lo117 = v122;
          const hi118 = v123;
          const v124 = $fr(v113 + 1);
          const v125 = adv_lgamma(v124);
          const v126 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
          const v127 = adv_lgamma(v126);
          const v128 = $fr(v125 - v127);
          const v129 = $fr(v113 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v130 = $fr(v129 + 1);
          const v131 = adv_lgamma(v130);
          const v132 = $fr(v128 - v131);
          const v133 = $fr(v110 - v113);
          const v134 = $fr(v104 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v135 = $fr(v133 + 1);
          const v136 = adv_lgamma(v135);
          const v137 = $fr(v134 + 1);
          const v138 = adv_lgamma(v137);
          const v139 = $fr(v136 - v138);
          const v140 = $fr(v133 - v134);
          const v141 = $fr(v140 + 1);
          const v142 = adv_lgamma(v141);
          const v143 = $fr(v139 - v142);
          const v144 = $fr(v132 + v143);
          const v145 = $fr(v110 + 1);
          const v146 = adv_lgamma(v145);
          const v147 = $fr(v104 + 1);
          const v148 = adv_lgamma(v147);
          const v149 = $fr(v146 - v148);
          const v150 = $fr(v110 - v104);
          const v151 = $fr(v150 + 1);
          const v152 = adv_lgamma(v151);
          const v153 = $fr(v149 - v152);
          const v154 = $fr(v144 - v153);
          const v155 = $fr(v154 + 0.000009999999747378752);
          let fold157 = 0;
          if ((hi118 >= lo117)) {
            if (((hi118 - lo117 | 0) >>> 0 < 1048576 >>> 0)) {
              for (let n179 = 0; (n179 >>> 0 <= (hi118 - lo117 | 0) >>> 0); n179 = (n179 + 1 | 0)) {
                const k156 = (lo117 + n179 | 0);
                const v158 = $fr(k156);
                const v159 = $fr(v158 + 1);
                const v160 = adv_lgamma(v159);
                const v161 = $fr(v125 - v160);
                const v162 = $fr(v113 - v158);
                const v163 = $fr(v162 + 1);
                const v164 = adv_lgamma(v163);
                const v165 = $fr(v161 - v164);
                const v166 = $fr(v104 - v158);
                const v167 = $fr(v166 + 1);
                const v168 = adv_lgamma(v167);
                const v169 = $fr(v136 - v168);
                const v170 = $fr(v133 - v166);
                const v171 = $fr(v170 + 1);
                const v172 = adv_lgamma(v171);
                const v173 = $fr(v169 - v172);
                const v174 = $fr(v165 + v173);
                const v175 = $fr(v174 - v153);
                const v176 = $fr(Math.exp(v175));
                const v177 = (v175 <= v155);
                const v178 = (v177 ? v176 : 0);
                fold157 = $fr(fold157 + v178);
              }
            } else {
              F_out_0folds[g] = Math.max(F_out_0folds[g], 2);
            }
          }
          const v180 = fold157;
          const v181 = $fr((-2) * v180);
          const v182 = $fr(Math.exp(v181));
          v116 = v182;
        }
        const v183 = v116;
        const v184 = $fr(u_p_alpha * v183);
        v103 = v184;
      } else {
        v103 = 0;
      }
      const v185 = v103;
      const v186 = $fr(acc16 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v187 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v186);
      const v188 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v189 = $fr(v188 + v186);
      const v190 = $fr(v37 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v191 = $fr(v189 + v190);
      const v192 = $fr(v187 / v191);
      const v193 = (-v192);
      const v194 = $fr(Math.log2(v192));
      const v195 = $fr(v193 * v194);
      const v196 = (v192 > 0);
      const v197 = (v196 ? v195 : 0);
      const v198 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v190);
      const v199 = $fr(v198 / v191);
      const v200 = (-v199);
      const v201 = $fr(Math.log2(v199));
      const v202 = $fr(v200 * v201);
      const v203 = (v199 > 0);
      const v204 = (v203 ? v202 : 0);
      const v205 = $fr(v197 + v204);
      const v206 = $fr(v188 / v191);
      const v207 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v188);
      const v208 = (-v207);
      const v209 = $fr(Math.log2(v207));
      const v210 = $fr(v208 * v209);
      const v211 = (v207 > 0);
      const v212 = (v211 ? v210 : 0);
      const v213 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v188);
      const v214 = (-v213);
      const v215 = $fr(Math.log2(v213));
      const v216 = $fr(v214 * v215);
      const v217 = (v213 > 0);
      const v218 = (v217 ? v216 : 0);
      const v219 = $fr(v212 + v218);
      const v220 = (v188 > 0);
      const v221 = (v220 ? v219 : 0);
      const v222 = $fr(v206 * v221);
      const v223 = $fr(v186 + v190);
      const v224 = $fr(v223 / v191);
      const v225 = $fr(v186 / v223);
      const v226 = (-v225);
      const v227 = $fr(Math.log2(v225));
      const v228 = $fr(v226 * v227);
      const v229 = (v225 > 0);
      const v230 = (v229 ? v228 : 0);
      const v231 = $fr(v190 / v223);
      const v232 = (-v231);
      const v233 = $fr(Math.log2(v231));
      const v234 = $fr(v232 * v233);
      const v235 = (v231 > 0);
      const v236 = (v235 ? v234 : 0);
      const v237 = $fr(v230 + v236);
      const v238 = (v223 > 0);
      const v239 = (v238 ? v237 : 0);
      const v240 = $fr(v224 * v239);
      const v241 = $fr(v222 + v240);
      const v242 = $fr(v205 - v241);
      const v243 = (v191 > 0);
      const v244 = (v243 ? v242 : 0);
      const v245 = $fr(u_p_beta * v244);
      const v247 = (v246 ? v245 : 0);
      const v248 = $fr(v185 + v247);
      F_table201[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v248;
    }
  }
  // count table %213: its value for every presence count pair of the group (when fewer than its keys)
  const tabled213 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled213) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v249 = $fr(acc16 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v250 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v249);
      const v251 = $fr(v250 + 1.000000013351432e-10);
      const v252 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v251);
      const v253 = Math.min(Math.max(v252, 0), 1);
      const v254 = $fr(Math.sqrt(v253));
      const v255 = adv_asin(v254);
      const v256 = $fr(v37 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v257 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v256);
      const v258 = $fr(v257 + 1.000000013351432e-10);
      const v259 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v258);
      const v260 = Math.min(Math.max(v259, 0), 1);
      const v261 = $fr(Math.sqrt(v260));
      const v262 = adv_asin(v261);
      const v263 = $fr(v255 - v262);
      F_table213[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v263;
    }
  }
  const v338 = $fr(u_p_p_crit * 0.9999899864196777);
  const v341 = (acc16 > 0);
  const v342 = (v37 > 0);
  const v343 = (v341 && v342);
  const v512 = $fr(u_p_bm25_k1 + 1);
  const v514 = $fr(1 - u_p_bm25_b);
  const v515 = $fr(u_p_bm25_b * acc22);
  const v516 = $fr(acc22 + acc24);
  const v517 = $fr(v516 / 2);
  const v518 = $fr(v515 / v517);
  const v519 = $fr(v514 + v518);
  const v520 = $fr(u_p_bm25_k1 * v519);
  const v523 = (acc22 > 0);
  const v528 = $fr(u_p_bm25_b * acc24);
  const v529 = $fr(acc24 + acc22);
  const v530 = $fr(v529 / 2);
  const v531 = $fr(v528 / v530);
  const v532 = $fr(v514 + v531);
  const v533 = $fr(u_p_bm25_k1 * v532);
  const v536 = (acc24 > 0);
  const v543 = (u_p_gamma !== 0);
  const v547 = $fr(u_p_alpha + u_p_beta);
  // key-map %262: once per distinct key of the group
  const nkeys262 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys262 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v264 = $fr(H[(u_oh_acc28 + slot | 0)] >>> 0);
    const v265 = $fr(H[(u_oh_acc32 + slot | 0)] >>> 0);
    let v266 = 0;
    if (tabled258) {
      v266 = F_table258[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v264 > 0 ? (v264 < 4294967296 ? v264 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v265 > 0 ? (v265 < 4294967296 ? v265 >>> 0 | 0 : -1) : 0) | 0) | 0)];
    } else {
      const v269 = $fr(v264 + v265);
      const v270 = $fr(acc16 - v264);
      const v271 = $fr(v264 + v270);
      const v272 = $fr(v269 + v271);
      const v273 = $fr(v269 + v270);
      const v274 = $fr(v37 - v265);
      const v275 = $fr(v273 + v274);
      const v276 = $fr(v272 - v275);
      const v277 = Math.max(0, v276);
      const v278 = $i32f(v277);
      const v279 = Math.min(v269, v271);
      const v280 = $i32f(v279);
      const lo267 = v278;
      const hi268 = v280;
      const v281 = $fr(v271 + 1);
      const v282 = adv_lgamma(v281);
      const v283 = $fr(v264 + 1);
      const v284 = adv_lgamma(v283);
      const v285 = $fr(v282 - v284);
      const v286 = $fr(v271 - v264);
      const v287 = $fr(v286 + 1);
      const v288 = adv_lgamma(v287);
      const v289 = $fr(v285 - v288);
      const v290 = $fr(v275 - v271);
      const v291 = $fr(v269 - v264);
      const v292 = $fr(v290 + 1);
      const v293 = adv_lgamma(v292);
      const v294 = $fr(v291 + 1);
      const v295 = adv_lgamma(v294);
      const v296 = $fr(v293 - v295);
      const v297 = $fr(v290 - v291);
      const v298 = $fr(v297 + 1);
      const v299 = adv_lgamma(v298);
      const v300 = $fr(v296 - v299);
      const v301 = $fr(v289 + v300);
      const v302 = $fr(v275 + 1);
      const v303 = adv_lgamma(v302);
      const v304 = $fr(v269 + 1);
      const v305 = adv_lgamma(v304);
      const v306 = $fr(v303 - v305);
      const v307 = $fr(v275 - v269);
      const v308 = $fr(v307 + 1);
      const v309 = adv_lgamma(v308);
      const v310 = $fr(v306 - v309);
      const v311 = $fr(v301 - v310);
      const v312 = $fr(v311 + 0.000009999999747378752);
      let fold314 = 0;
      if ((hi268 >= lo267)) {
        if (((hi268 - lo267 | 0) >>> 0 < 1048576 >>> 0)) {
          for (let n336 = 0; (n336 >>> 0 <= (hi268 - lo267 | 0) >>> 0); n336 = (n336 + 1 | 0)) {
            const k313 = (lo267 + n336 | 0);
            const v315 = $fr(k313);
            const v316 = $fr(v315 + 1);
            const v317 = adv_lgamma(v316);
            const v318 = $fr(v282 - v317);
            const v319 = $fr(v271 - v315);
            const v320 = $fr(v319 + 1);
            const v321 = adv_lgamma(v320);
            const v322 = $fr(v318 - v321);
            const v323 = $fr(v269 - v315);
            const v324 = $fr(v323 + 1);
            const v325 = adv_lgamma(v324);
            const v326 = $fr(v293 - v325);
            const v327 = $fr(v290 - v323);
            const v328 = $fr(v327 + 1);
            const v329 = adv_lgamma(v328);
            const v330 = $fr(v326 - v329);
            const v331 = $fr(v322 + v330);
            const v332 = $fr(v331 - v310);
            const v333 = $fr(Math.exp(v332));
            const v334 = (v332 <= v312);
            const v335 = (v334 ? v333 : 0);
            fold314 = $fr(fold314 + v335);
          }
        } else {
          F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
        }
      }
      v266 = fold314;
    }
    const v337 = v266;
    const v339 = (v337 < v338);
    let v340 = 0;
    if (v339) {
      const v344 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
      const v345 = (v344 !== u_p_zero_token_id);
      const v346 = (v343 && v345);
      let v347 = 0;
      if (v346) {
        let v348 = 0;
        if (tabled201) {
          v348 = F_table201[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v264 > 0 ? (v264 < 4294967296 ? v264 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v265 > 0 ? (v265 < 4294967296 ? v265 >>> 0 | 0 : -1) : 0) | 0) | 0)];
        } else {
          let v349 = 0;
          if (v102) {
            const v350 = $fr(v264 + v265);
            const v351 = $fr(v350 + v264);
            const v352 = $fr(acc16 - v264);
            const v353 = $fr(v351 + v352);
            const v354 = $fr(v350 + v352);
            const v355 = $fr(v37 - v265);
            const v356 = $fr(v354 + v355);
            const v357 = $fr(v353 - v356);
            const v358 = Math.max(0, v357);
            const v359 = $fr(v264 + v352);
            const v360 = Math.min(v350, v359);
            const v361 = (v358 === v360);
            let v362 = 0;
            if (v361) {
              v362 = 0;
            } else {
              const v365 = $fr(v350 + v359);
              const v366 = $fr(v365 - v356);
              const v367 = Math.max(0, v366);
              const v368 = $i32f(v367);
              const v369 = $i32f(v360);
              const lo363 = v368;
              const hi364 = v369;
              const v370 = $fr(v359 + 1);
              const v371 = adv_lgamma(v370);
              const v372 = $fr(v264 + 1);
              const v373 = adv_lgamma(v372);
              const v374 = $fr(v371 - v373);
              const v375 = $fr(v359 - v264);
              const v376 = $fr(v375 + 1);
              const v377 = adv_lgamma(v376);
              const v378 = $fr(v374 - v377);
              const v379 = $fr(v356 - v359);
              const v380 = $fr(v350 - v264);
              const v381 = $fr(v379 + 1);
              const v382 = adv_lgamma(v381);
              const v383 = $fr(v380 + 1);
              const v384 = adv_lgamma(v383);
              const v385 = $fr(v382 - v384);
              const v386 = $fr(v379 - v380);
              const v387 = $fr(v386 + 1);
              const v388 = adv_lgamma(v387);
              const v389 = $fr(v385 - v388);
              const v390 = $fr(v378 + v389);
              const v391 = $fr(v356 + 1);
              const v392 = adv_lgamma(v391);
              const v393 = $fr(v350 + 1);
              const v394 = adv_lgamma(v393);
              const v395 = $fr(v392 - v394);
              const v396 = $fr(v356 - v350);
              const v397 = $fr(v396 + 1);
              const v398 = adv_lgamma(v397);
              const v399 = $fr(v395 - v398);
              const v400 = $fr(v390 - v399);
              const v401 = $fr(v400 + 0.000009999999747378752);
              let fold403 = 0;
              if ((hi364 >= lo363)) {
                if (((hi364 - lo363 | 0) >>> 0 < 1048576 >>> 0)) {
                  for (let n425 = 0; (n425 >>> 0 <= (hi364 - lo363 | 0) >>> 0); n425 = (n425 + 1 | 0)) {
                    const k402 = (lo363 + n425 | 0);
                    const v404 = $fr(k402);
                    const v405 = $fr(v404 + 1);
                    const v406 = adv_lgamma(v405);
                    const v407 = $fr(v371 - v406);
                    const v408 = $fr(v359 - v404);
                    const v409 = $fr(v408 + 1);
                    const v410 = adv_lgamma(v409);
                    const v411 = $fr(v407 - v410);
                    const v412 = $fr(v350 - v404);
                    const v413 = $fr(v412 + 1);
                    const v414 = adv_lgamma(v413);
                    const v415 = $fr(v382 - v414);
                    const v416 = $fr(v379 - v412);
                    const v417 = $fr(v416 + 1);
                    const v418 = adv_lgamma(v417);
                    const v419 = $fr(v415 - v418);
                    const v420 = $fr(v411 + v419);
                    const v421 = $fr(v420 - v399);
                    const v422 = $fr(Math.exp(v421));
                    const v423 = (v421 <= v401);
                    const v424 = (v423 ? v422 : 0);
                    fold403 = $fr(fold403 + v424);
                  }
                } else {
                  F_out_0folds[g] = Math.max(F_out_0folds[g], 2);
                }
              }
              const v426 = fold403;
              const v427 = $fr((-2) * v426);
              const v428 = $fr(Math.exp(v427));
              v362 = v428;
            }
            const v429 = v362;
            const v430 = $fr(u_p_alpha * v429);
            v349 = v430;
          } else {
            v349 = 0;
          }
          const v431 = v349;
          const v432 = $fr(acc16 - v264);
          const v433 = $fr(v264 + v432);
          const v434 = $fr(v264 + v265);
          const v435 = $fr(v434 + v432);
          const v436 = $fr(v37 - v265);
          const v437 = $fr(v435 + v436);
          const v438 = $fr(v433 / v437);
          const v439 = (-v438);
          const v440 = $fr(Math.log2(v438));
          const v441 = $fr(v439 * v440);
          const v442 = (v438 > 0);
          const v443 = (v442 ? v441 : 0);
          const v444 = $fr(v265 + v436);
          const v445 = $fr(v444 / v437);
          const v446 = (-v445);
          const v447 = $fr(Math.log2(v445));
          const v448 = $fr(v446 * v447);
          const v449 = (v445 > 0);
          const v450 = (v449 ? v448 : 0);
          const v451 = $fr(v443 + v450);
          const v452 = $fr(v434 / v437);
          const v453 = $fr(v264 / v434);
          const v454 = (-v453);
          const v455 = $fr(Math.log2(v453));
          const v456 = $fr(v454 * v455);
          const v457 = (v453 > 0);
          const v458 = (v457 ? v456 : 0);
          const v459 = $fr(v265 / v434);
          const v460 = (-v459);
          const v461 = $fr(Math.log2(v459));
          const v462 = $fr(v460 * v461);
          const v463 = (v459 > 0);
          const v464 = (v463 ? v462 : 0);
          const v465 = $fr(v458 + v464);
          const v466 = (v434 > 0);
          const v467 = (v466 ? v465 : 0);
          const v468 = $fr(v452 * v467);
          const v469 = $fr(v432 + v436);
          const v470 = $fr(v469 / v437);
          const v471 = $fr(v432 / v469);
          const v472 = (-v471);
          const v473 = $fr(Math.log2(v471));
          const v474 = $fr(v472 * v473);
          const v475 = (v471 > 0);
          const v476 = (v475 ? v474 : 0);
          const v477 = $fr(v436 / v469);
          const v478 = (-v477);
          const v479 = $fr(Math.log2(v477));
          const v480 = $fr(v478 * v479);
          const v481 = (v477 > 0);
          const v482 = (v481 ? v480 : 0);
          const v483 = $fr(v476 + v482);
          const v484 = (v469 > 0);
          const v485 = (v484 ? v483 : 0);
          const v486 = $fr(v470 * v485);
          const v487 = $fr(v468 + v486);
          const v488 = $fr(v451 - v487);
          const v489 = (v437 > 0);
          const v490 = (v489 ? v488 : 0);
          const v491 = $fr(u_p_beta * v490);
          const v492 = (v246 ? v491 : 0);
          v348 = $fr(v431 + v492);
        }
        const v493 = v348;
        let v494 = 0;
        if (tabled213) {
          v494 = F_table213[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v264 > 0 ? (v264 < 4294967296 ? v264 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v265 > 0 ? (v265 < 4294967296 ? v265 >>> 0 | 0 : -1) : 0) | 0) | 0)];
        } else {
          const v495 = $fr(acc16 - v264);
          const v496 = $fr(v264 + v495);
          const v497 = $fr(v496 + 1.000000013351432e-10);
          const v498 = $fr(v264 / v497);
          const v499 = Math.min(Math.max(v498, 0), 1);
          const v500 = $fr(Math.sqrt(v499));
          const v501 = adv_asin(v500);
          const v502 = $fr(v37 - v265);
          const v503 = $fr(v265 + v502);
          const v504 = $fr(v503 + 1.000000013351432e-10);
          const v505 = $fr(v265 / v504);
          const v506 = Math.min(Math.max(v505, 0), 1);
          const v507 = $fr(Math.sqrt(v506));
          const v508 = adv_asin(v507);
          v494 = $fr(v501 - v508);
        }
        const v509 = v494;
        const v510 = $fr(H[(u_oh_acc34 + slot | 0)] >>> 0);
        const v511 = $fr(v510 / acc22);
        const v513 = $fr(v511 * v512);
        const v521 = $fr(v511 + v520);
        const v522 = $fr(v513 / v521);
        const v524 = (v523 ? v522 : 0);
        const v525 = $fr(H[(u_oh_acc52 + slot | 0)] >>> 0);
        const v526 = $fr(v525 / acc24);
        const v527 = $fr(v526 * v512);
        const v534 = $fr(v526 + v533);
        const v535 = $fr(v527 / v534);
        const v537 = (v536 ? v535 : 0);
        const v538 = $fr(v537 + 0.000009999999747378752);
        const v539 = $fr(v524 / v538);
        const v540 = $fr(v524 + 0.000009999999747378752);
        const v541 = $fr(v537 / v540);
        const v542 = $fr(v539 - v541);
        const v544 = (v543 ? v542 : 0);
        const v545 = $fr(v509 + v544);
        const v546 = $fr(v493 * v545);
        const v548 = $fr(v546 / v547);
        const v549 = $fr(1 / $fr(1 + $fr(Math.exp((-v548)))));
        const v550 = $fr(v549 - 0.5);
        const v551 = $fr(v550 * 2);
        const v552 = $fr(v551 * u_p_top);
        v347 = v552;
      } else {
        v347 = 0;
      }
      const v553 = v347;
      v340 = v553;
    } else {
      v340 = 0;
    }
    F_v262[slot] = v340;
  }
  // reduce to group %279
  const v555 = $fr(acc267 / acc17);
  const v556 = $fr(acc265 + v555);
  const v558 = $fr(acc272 - acc265);
  const v559 = (v558 > 0);
  const v560 = (v559 ? v558 : 1);
  let acc279 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v554 = F_v10[row];
    const v557 = $fr(v554 - v556);
    const v561 = $fr(v557 / v560);
    const v562 = $fr(v561 * v561);
    acc279 = $fr(acc279 + v562);
  }
  if ((lid === 0)) {
    F_v279[g] = acc279;
  }
  const v564 = (acc17 > 1);
  const v565 = (v564 ? v556 : 0);
  const v567 = $fr(acc17 - 1);
  const v568 = $fr(acc279 / v567);
  const v569 = $fr(Math.sqrt(v568));
  const v570 = $fr(v569 * v560);
  const v571 = (v564 ? v570 : 1);
  const v572 = $fr(v571 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v563 = F_v10[row];
    const v566 = $fr(v563 - v565);
    const v573 = $fr(v566 / v572);
    const v574 = (v566 === 0);
    const v575 = (v574 ? 0 : v573);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw576 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v577 = F_v262[((sw576 !== (-1)) ? (sw576 & 2147483647) : 0)];
      const v578 = ((sw576 !== (-1)) ? v577 : 0);
      const v579 = $fr(v575 + v578);
      const v580 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v581 = $fr(v580);
      const v582 = $fr(v579 * v581);
      const v583 = v578;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v582;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v583;
    }
  }
}
let u, $H, $F_token_level_rewards, $F_v10, $F_v16, $F_v17, $F_v265, $F_v272, $F_v20, $F_v22, $F_v24, $F_v267, $F_out_0folds, $F_table258, $F_table201, $F_table213, $F_v262, $F_v279, $F_out_advantages, $F_out_key_values, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase, $I_korder, $I_responses;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v10 = f["v10"];
  $F_v16 = f["v16"];
  $F_v17 = f["v17"];
  $F_v265 = f["v265"];
  $F_v272 = f["v272"];
  $F_v20 = f["v20"];
  $F_v22 = f["v22"];
  $F_v24 = f["v24"];
  $F_v267 = f["v267"];
  $F_out_0folds = f["out_0folds"];
  $F_table258 = f["table258"];
  $F_table201 = f["table201"];
  $F_table213 = f["table213"];
  $F_v262 = f["v262"];
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