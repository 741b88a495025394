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
      const v16 = F_v10[row];
      const v17 = (v16 > 0);
      const v18 = (!v17);
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
            const v15 = ((word >>> 31 | 0) !== 0);
            {
              const a19 = (v15 ? (v17 ? 1 : 0) : 0);
              const a20 = (v15 ? (v18 ? 1 : 0) : 0);
              const add = (a19 + a20 | 0);
              if ((add !== 0)) {
                H[(((a19 !== 0) ? u_oh_acc28 : u_oh_acc32) + (word & 2147483647) | 0)] = (H[(((a19 !== 0) ? u_oh_acc28 : u_oh_acc32) + (word & 2147483647) | 0)] + add | 0);
              }
            }
            {
              const a21 = (v17 ? 1 : 0);
              const a22 = (v17 ? 0 : 1);
              const add = (a21 + a22 | 0);
              if ((add !== 0)) {
                H[(((a21 !== 0) ? u_oh_acc34 : u_oh_acc52) + (word & 2147483647) | 0)] = (H[(((a21 !== 0) ? u_oh_acc34 : u_oh_acc52) + (word & 2147483647) | 0)] + add | 0);
              }
            }
          }
        }
        H[((u_oh_slot_tok + Math.imul(row, u_T) | 0) + tt | 0)] = word;
      }
    }
    H[(u_oh_count_tok + g | 0)] = nk;
  }
  const v30 = $fr(acc17 - acc16);
  // count table %258: its value for every presence count pair of the group (when fewer than its keys)
  const tabled258 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled258) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v25 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v26 = $fr(acc16 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v27 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v26);
      const v28 = $fr(v25 + v27);
      const v29 = $fr(v25 + v26);
      const v31 = $fr(v30 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v32 = $fr(v29 + v31);
      const v33 = $fr(v28 - v32);
      const v34 = Math.max(0, v33);
      const v35 = $i32f(v34);
      const v36 = Math.min(v25, v27);
      const v37 = $i32f(v36);
      const lo23 = v35;
      const hi24 = v37;
      const v38 = $fr(v27 + 1);
      const v39 = adv_lgamma(v38);
      const v40 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
      const v41 = adv_lgamma(v40);
      const v42 = $fr(v39 - v41);
      const v43 = $fr(v27 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v44 = $fr(v43 + 1);
      const v45 = adv_lgamma(v44);
      const v46 = $fr(v42 - v45);
      const v47 = $fr(v32 - v27);
      const v48 = $fr(v25 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v49 = $fr(v47 + 1);
      const v50 = adv_lgamma(v49);
      const v51 = $fr(v48 + 1);
      const v52 = adv_lgamma(v51);
      const v53 = $fr(v50 - v52);
      const v54 = $fr(v47 - v48);
      const v55 = $fr(v54 + 1);
      const v56 = adv_lgamma(v55);
      const v57 = $fr(v53 - v56);
      const v58 = $fr(v46 + v57);
      const v59 = $fr(v32 + 1);
      const v60 = adv_lgamma(v59);
      const v61 = $fr(v25 + 1);
      const v62 = adv_lgamma(v61);
      const v63 = $fr(v60 - v62);
      const v64 = $fr(v32 - v25);
      const v65 = $fr(v64 + 1);
      const v66 = adv_lgamma(v65);
      const v67 = $fr(v63 - v66);
      const v68 = $fr(v58 - v67);
      const v69 = $fr(v68 + 0.000009999999747378752);
      let fold71 = 0;
      if ((hi24 >= lo23)) {
        if (((hi24 - lo23 | 0) >>> 0 < 1048576 >>> 0)) {
          for (let n93 = 0; (n93 >>> 0 <= (hi24 - lo23 | 0) >>> 0); n93 = (n93 + 1 | 0)) {
            const k70 = (lo23 + n93 | 0);
            const v72 = $fr(k70);
            const v73 = $fr(v72 + 1);
            const v74 = adv_lgamma(v73);
            const v75 = $fr(v39 - v74);
            const v76 = $fr(v27 - v72);
            const v77 = $fr(v76 + 1);
            const v78 = adv_lgamma(v77);
            const v79 = $fr(v75 - v78);
            const v80 = $fr(v25 - v72);
            const v81 = $fr(v80 + 1);
            const v82 = adv_lgamma(v81);
            const v83 = $fr(v50 - v82);
            const v84 = $fr(v47 - v80);
            const v85 = $fr(v84 + 1);
            const v86 = adv_lgamma(v85);
            const v87 = $fr(v83 - v86);
            const v88 = $fr(v79 + v87);
            const v89 = $fr(v88 - v67);
            const v90 = $fr(Math.exp(v89));
            const v91 = (v89 <= v69);
            const v92 = (v91 ? v90 : 0);
            fold71 = $fr(fold71 + v92);
          }
        } else {
          F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
        }
      }
      const v94 = fold71;
      F_table258[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v94;
    }
  }
  const v95 = (u_p_alpha !== 0);
  const v239 = (u_p_beta !== 0);
  // count table %201: its value for every presence count pair of the group (when fewer than its keys)
  const tabled201 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled201) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v96 = 0;
      if (v95) {
        const v97 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v98 = $fr(v97 + $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v99 = $fr(acc16 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v100 = $fr(v98 + v99);
        const v101 = $fr(v97 + v99);
        const v102 = $fr(v30 - $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v103 = $fr(v101 + v102);
        const v104 = $fr(v100 - v103);
        const v105 = Math.max(0, v104);
        const v106 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v99);
        const v107 = Math.min(v97, v106);
        const v108 = (v105 === v107);
        let v109 = 0;
        if (v108) {
          v109 = 0;
        } else {
          const v112 = $fr(v97 + v106);
          const v113 = $fr(v112 - v103);
          const v114 = Math.max(0, v113);
          const v115 = $i32f(v114);
          const v116 = $i32f(v107);
          const lo110 = v115;
          const hi111 = v116;
          const v117 = $fr(v106 + 1);
          const v118 = adv_lgamma(v117);
          const v119 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
          const v120 = adv_lgamma(v119);
          const v121 = $fr(v118 - v120);
          const v122 = $fr(v106 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v123 = $fr(v122 + 1);
          const v124 = adv_lgamma(v123);
          const v125 = $fr(v121 - v124);
          const v126 = $fr(v103 - v106);
          const v127 = $fr(v97 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v128 = $fr(v126 + 1);
          const v129 = adv_lgamma(v128);
          const v130 = $fr(v127 + 1);
          const v131 = adv_lgamma(v130);
          const v132 = $fr(v129 - v131);
          const v133 = $fr(v126 - v127);
          const v134 = $fr(v133 + 1);
          const v135 = adv_lgamma(v134);
          const v136 = $fr(v132 - v135);
          const v137 = $fr(v125 + v136);
          const v138 = $fr(v103 + 1);
          const v139 = adv_lgamma(v138);
          const v140 = $fr(v97 + 1);
          const v141 = adv_lgamma(v140);
          const v142 = $fr(v139 - v141);
          const v143 = $fr(v103 - v97);
          const v144 = $fr(v143 + 1);
          const v145 = adv_lgamma(v144);
          const v146 = $fr(v142 - v145);
          const v147 = $fr(v137 - v146);
          const v148 = $fr(v147 + 0.000009999999747378752);
          let fold150 = 0;
          if ((hi111 >= lo110)) {
            if (((hi111 - lo110 | 0) >>> 0 < 1048576 >>> 0)) {
              for (let n172 = 0; (n172 >>> 0 <= (hi111 - lo110 | 0) >>> 0); n172 = (n172 + 1 | 0)) {
                const k149 = (lo110 + n172 | 0);
                const v151 = $fr(k149);
                const v152 = $fr(v151 + 1);
                const v153 = adv_lgamma(v152);
                const v154 = $fr(v118 - v153);
                const v155 = $fr(v106 - v151);
                const v156 = $fr(v155 + 1);
                const v157 = adv_lgamma(v156);
                const v158 = $fr(v154 - v157);
                const v159 = $fr(v97 - v151);
                const v160 = $fr(v159 + 1);
                const v161 = adv_lgamma(v160);
                const v162 = $fr(v129 - v161);
                const v163 = $fr(v126 - v159);
                const v164 = $fr(v163 + 1);
                const v165 = adv_lgamma(v164);
                const v166 = $fr(v162 - v165);
                const v167 = $fr(v158 + v166);
                const v168 = $fr(v167 - v146);
                const v169 = $fr(Math.exp(v168));
                const v170 = (v168 <= v148);
                const v171 = (v170 ? v169 : 0);
                fold150 = $fr(fold150 + v171);
              }
            } else {
              F_out_0folds[g] = Math.max(F_out_0folds[g], 2);
            }
          }
          const v173 = fold150;
          const v174 = $fr((-2) * v173);
          const v175 = $fr(Math.exp(v174));
          v109 = v175;
        }
        const v176 = v109;
        const v177 = $fr(u_p_alpha * v176);
        v96 = v177;
      } else {
        v96 = 0;
      }
      const v178 = v96;
      const v179 = $fr(acc16 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v180 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v179);
      const v181 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v182 = $fr(v181 + v179);
      const v183 = $fr(v30 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v184 = $fr(v182 + v183);
      const v185 = $fr(v180 / v184);
      const v186 = (-v185);
      const v187 = $fr(Math.log2(v185));
      const v188 = $fr(v186 * v187);
      const v189 = (v185 > 0);
      const v190 = (v189 ? v188 : 0);
      const v191 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v183);
      const v192 = $fr(v191 / v184);
      const v193 = (-v192);
      const v194 = $fr(Math.log2(v192));
      const v195 = $fr(v193 * v194);
      const v196 = (v192 > 0);
      const v197 = (v196 ? v195 : 0);
      const v198 = $fr(v190 + v197);
      const v199 = $fr(v181 / v184);
      const v200 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v181);
      const v201 = (-v200);
      const v202 = $fr(Math.log2(v200));
      const v203 = $fr(v201 * v202);
      const v204 = (v200 > 0);
      const v205 = (v204 ? v203 : 0);
      const v206 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v181);
      const v207 = (-v206);
      const v208 = $fr(Math.log2(v206));
      const v209 = $fr(v207 * v208);
      const v210 = (v206 > 0);
      const v211 = (v210 ? v209 : 0);
      const v212 = $fr(v205 + v211);
      const v213 = (v181 > 0);
      const v214 = (v213 ? v212 : 0);
      const v215 = $fr(v199 * v214);
      const v216 = $fr(v179 + v183);
      const v217 = $fr(v216 / v184);
      const v218 = $fr(v179 / v216);
      const v219 = (-v218);
      const v220 = $fr(Math.log2(v218));
      const v221 = $fr(v219 * v220);
      const v222 = (v218 > 0);
      const v223 = (v222 ? v221 : 0);
      const v224 = $fr(v183 / v216);
      const v225 = (-v224);
      const v226 = $fr(Math.log2(v224));
      const v227 = $fr(v225 * v226);
      const v228 = (v224 > 0);
      const v229 = (v228 ? v227 : 0);
      const v230 = $fr(v223 + v229);
      const v231 = (v216 > 0);
      const v232 = (v231 ? v230 : 0);
      const v233 = $fr(v217 * v232);
      const v234 = $fr(v215 + v233);
      const v235 = $fr(v198 - v234);
      const v236 = (v184 > 0);
      const v237 = (v236 ? v235 : 0);
      const v238 = $fr(u_p_beta * v237);
      const v240 = (v239 ? v238 : 0);
      const v241 = $fr(v178 + v240);
      F_table201[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v241;
    }
  }
  // count table %213: its value for every presence count pair of the group (when fewer than its keys)
  const tabled213 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled213) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v242 = $fr(acc16 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v243 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v242);
      const v244 = $fr(v243 + 1.000000013351432e-10);
      const v245 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v244);
      const v246 = Math.min(Math.max(v245, 0), 1);
      const v247 = $fr(Math.sqrt(v246));
      const v248 = adv_asin(v247);
      const v249 = $fr(v30 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v250 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v249);
      const v251 = $fr(v250 + 1.000000013351432e-10);
      const v252 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v251);
      const v253 = Math.min(Math.max(v252, 0), 1);
      const v254 = $fr(Math.sqrt(v253));
      const v255 = adv_asin(v254);
      const v256 = $fr(v248 - v255);
      F_table213[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v256;
    }
  }
  const v331 = $fr(u_p_p_crit * 0.9999899864196777);
  const v334 = (acc16 > 0);
  const v335 = (v30 > 0);
  const v336 = (v334 && v335);
  const v505 = $fr(u_p_bm25_k1 + 1);
  const v507 = $fr(1 - u_p_bm25_b);
  const v508 = $fr(u_p_bm25_b * acc22);
  const v509 = $fr(acc22 + acc24);
  const v510 = $fr(v509 / 2);
  const v511 = $fr(v508 / v510);
  const v512 = $fr(v507 + v511);
  const v513 = $fr(u_p_bm25_k1 * v512);
  const v516 = (acc22 > 0);
  const v521 = $fr(u_p_bm25_b * acc24);
  const v522 = $fr(acc24 + acc22);
  const v523 = $fr(v522 / 2);
  const v524 = $fr(v521 / v523);
  const v525 = $fr(v507 + v524);
  const v526 = $fr(u_p_bm25_k1 * v525);
  const v529 = (acc24 > 0);
  const v536 = (u_p_gamma !== 0);
  const v540 = $fr(u_p_alpha + u_p_beta);
  // key-map %262: once per distinct key of the group
  const nkeys262 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys262 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v257 = $fr(H[(u_oh_acc28 + slot | 0)] >>> 0);
    const v258 = $fr(H[(u_oh_acc32 + slot | 0)] >>> 0);
    let v259 = 0;
    if (tabled258) {
      v259 = F_table258[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v257 > 0 ? (v257 < 4294967296 ? v257 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v258 > 0 ? (v258 < 4294967296 ? v258 >>> 0 | 0 : -1) : 0) | 0) | 0)];
    } else {
      const v262 = $fr(v257 + v258);
      const v263 = $fr(acc16 - v257);
      const v264 = $fr(v257 + v263);
      const v265 = $fr(v262 + v264);
      const v266 = $fr(v262 + v263);
      const v267 = $fr(v30 - v258);
      const v268 = $fr(v266 + v267);
      const v269 = $fr(v265 - v268);
      const v270 = Math.max(0, v269);
      const v271 = $i32f(v270);
      const v272 = Math.min(v262, v264);
      const v273 = $i32f(v272);
      const lo260 = v271;
      const hi261 = v273;
      const v274 = $fr(v264 + 1);
      const v275 = adv_lgamma(v274);
      const v276 = $fr(v257 + 1);
      const v277 = adv_lgamma(v276);
      const v278 = $fr(v275 - v277);
      const v279 = $fr(v264 - v257);
      const v280 = $fr(v279 + 1);
      const v281 = adv_lgamma(v280);
      const v282 = $fr(v278 - v281);
      const v283 = $fr(v268 - v264);
      const v284 = $fr(v262 - v257);
      const v285 = $fr(v283 + 1);
      const v286 = adv_lgamma(v285);
      const v287 = $fr(v284 + 1);
      const v288 = adv_lgamma(v287);
      const v289 = $fr(v286 - v288);
      const v290 = $fr(v283 - v284);
      const v291 = $fr(v290 + 1);
      const v292 = adv_lgamma(v291);
      const v293 = $fr(v289 - v292);
      const v294 = $fr(v282 + v293);
      const v295 = $fr(v268 + 1);
      const v296 = adv_lgamma(v295);
      const v297 = $fr(v262 + 1);
      const v298 = adv_lgamma(v297);
      const v299 = $fr(v296 - v298);
      const v300 = $fr(v268 - v262);
      const v301 = $fr(v300 + 1);
      const v302 = adv_lgamma(v301);
      const v303 = $fr(v299 - v302);
      const v304 = $fr(v294 - v303);
      const v305 = $fr(v304 + 0.000009999999747378752);
      let fold307 = 0;
      if ((hi261 >= lo260)) {
        if (((hi261 - lo260 | 0) >>> 0 < 1048576 >>> 0)) {
          for (let n329 = 0; (n329 >>> 0 <= (hi261 - lo260 | 0) >>> 0); n329 = (n329 + 1 | 0)) {
            const k306 = (lo260 + n329 | 0);
            const v308 = $fr(k306);
            const v309 = $fr(v308 + 1);
            const v310 = adv_lgamma(v309);
            const v311 = $fr(v275 - v310);
            const v312 = $fr(v264 - v308);
            const v313 = $fr(v312 + 1);
            const v314 = adv_lgamma(v313);
            const v315 = $fr(v311 - v314);
            const v316 = $fr(v262 - v308);
            const v317 = $fr(v316 + 1);
            const v318 = adv_lgamma(v317);
            const v319 = $fr(v286 - v318);
            const v320 = $fr(v283 - v316);
            const v321 = $fr(v320 + 1);
            const v322 = adv_lgamma(v321);
            const v323 = $fr(v319 - v322);
            const v324 = $fr(v315 + v323);
            const v325 = $fr(v324 - v303);
            const v326 = $fr(Math.exp(v325));
            const v327 = (v325 <= v305);
            const v328 = (v327 ? v326 : 0);
            fold307 = $fr(fold307 + v328);
          }
        } else {
          F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
        }
      }
      v259 = fold307;
    }
    const v330 = v259;
    const v332 = (v330 < v331);
    let v333 = 0;
    if (v332) {
      const v337 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
      const v338 = (v337 !== u_p_zero_token_id);
      const v339 = (v336 && v338);
      let v340 = 0;
      if (v339) {
        let v341 = 0;
        if (tabled201) {
          v341 = F_table201[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v257 > 0 ? (v257 < 4294967296 ? v257 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v258 > 0 ? (v258 < 4294967296 ? v258 >>> 0 | 0 : -1) : 0) | 0) | 0)];
        } else {
          let v342 = 0;
          if (v95) {
            const v343 = $fr(v257 + v258);
            const v344 = $fr(v343 + v257);
            const v345 = $fr(acc16 - v257);
            const v346 = $fr(v344 + v345);
            const v347 = $fr(v343 + v345);
            const v348 = $fr(v30 - v258);
            const v349 = $fr(v347 + v348);
            const v350 = $fr(v346 - v349);
            const v351 = Math.max(0, v350);
            const v352 = $fr(v257 + v345);
            const v353 = Math.min(v343, v352);
            const v354 = (v351 === v353);
            let v355 = 0;
            if (v354) {
              v355 = 0;
            } else {
              const v358 = $fr(v343 + v352);
              const v359 = $fr(v358 - v349);
              const v360 = Math.max(0, v359);
              const v361 = $i32f(v360);
              const v362 = $i32f(v353);
              const lo356 = v361;
              const hi357 = v362;
              const v363 = $fr(v352 + 1);
              const v364 = adv_lgamma(v363);
              const v365 = $fr(v257 + 1);
              const v366 = adv_lgamma(v365);
              const v367 = $fr(v364 - v366);
              const v368 = $fr(v352 - v257);
              const v369 = $fr(v368 + 1);
              const v370 = adv_lgamma(v369);
              const v371 = $fr(v367 - v370);
              const v372 = $fr(v349 - v352);
              const v373 = $fr(v343 - v257);
              const v374 = $fr(v372 + 1);
              const v375 = adv_lgamma(v374);
              const v376 = $fr(v373 + 1);
              const v377 = adv_lgamma(v376);
              const v378 = $fr(v375 - v377);
              const v379 = $fr(v372 - v373);
              const v380 = $fr(v379 + 1);
              const v381 = adv_lgamma(v380);
              const v382 = $fr(v378 - v381);
              const v383 = $fr(v371 + v382);
              const v384 = $fr(v349 + 1);
              const v385 = adv_lgamma(v384);
              const v386 = $fr(v343 + 1);
              const v387 = adv_lgamma(v386);
              const v388 = $fr(v385 - v387);
              const v389 = $fr(v349 - v343);
              const v390 = $fr(v389 + 1);
              const v391 = adv_lgamma(v390);
              const v392 = $fr(v388 - v391);
              const v393 = $fr(v383 - v392);
              const v394 = $fr(v393 + 0.000009999999747378752);
              let fold396 = 0;
              if ((hi357 >= lo356)) {
                if (((hi357 - lo356 | 0) >>> 0 < 1048576 >>> 0)) {
                  for (let n418 = 0; (n418 >>> 0 <= (hi357 - lo356 | 0) >>> 0); n418 = (n418 + 1 | 0)) {
                    const k395 = (lo356 + n418 | 0);
                    const v397 = $fr(k395);
                    const v398 = $fr(v397 + 1);
                    const v399 = adv_lgamma(v398);
                    const v400 = $fr(v364 - v399);
                    const v401 = $fr(v352 - v397);
                    const v402 = $fr(v401 + 1);
                    const v403 = adv_lgamma(v402);
                    const v404 = $fr(v400 - v403);
                    const v405 = $fr(v343 - v397);
                    const v406 = $fr(v405 + 1);
                    const v407 = adv_lgamma(v406);
                    const v408 = $fr(v375 - v407);
                    const v409 = $fr(v372 - v405);
                    const v410 = $fr(v409 + 1);
                    const v411 = adv_lgamma(v410);
                    const v412 = $fr(v408 - v411);
                    const v413 = $fr(v404 + v412);
                    const v414 = $fr(v413 - v392);
                    const v415 = $fr(Math.exp(v414));
                    const v416 = (v414 <= v394);
                    const v417 = (v416 ? v415 : 0);
                    fold396 = $fr(fold396 + v417);
                  }
                } else {
                  F_out_0folds[g] = Math.max(F_out_0folds[g], 2);
                }
              }
              const v419 = fold396;
              const v420 = $fr((-2) * v419);
              const v421 = $fr(Math.exp(v420));
              v355 = v421;
            }
            const v422 = v355;
            const v423 = $fr(u_p_alpha * v422);
            v342 = v423;
          } else {
            v342 = 0;
          }
          const v424 = v342;
          const v425 = $fr(acc16 - v257);
          const v426 = $fr(v257 + v425);
          const v427 = $fr(v257 + v258);
          const v428 = $fr(v427 + v425);
          const v429 = $fr(v30 - v258);
          const v430 = $fr(v428 + v429);
          const v431 = $fr(v426 / v430);
          const v432 = (-v431);
          const v433 = $fr(Math.log2(v431));
          const v434 = $fr(v432 * v433);
          const v435 = (v431 > 0);
          const v436 = (v435 ? v434 : 0);
          const v437 = $fr(v258 + v429);
          const v438 = $fr(v437 / v430);
          const v439 = (-v438);
          const v440 = $fr(Math.log2(v438));
          const v441 = $fr(v439 * v440);
          const v442 = (v438 > 0);
          const v443 = (v442 ? v441 : 0);
          const v444 = $fr(v436 + v443);
          const v445 = $fr(v427 / v430);
          const v446 = $fr(v257 / v427);
          const v447 = (-v446);
          const v448 = $fr(Math.log2(v446));
          const v449 = $fr(v447 * v448);
          const v450 = (v446 > 0);
          const v451 = (v450 ? v449 : 0);
          const v452 = $fr(v258 / v427);
          const v453 = (-v452);
          const v454 = $fr(Math.log2(v452));
          const v455 = $fr(v453 * v454);
          const v456 = (v452 > 0);
          const v457 = (v456 ? v455 : 0);
          const v458 = $fr(v451 + v457);
          const v459 = (v427 > 0);
          const v460 = (v459 ? v458 : 0);
          const v461 = $fr(v445 * v460);
          const v462 = $fr(v425 + v429);
          const v463 = $fr(v462 / v430);
          const v464 = $fr(v425 / v462);
          const v465 = (-v464);
          const v466 = $fr(Math.log2(v464));
          const v467 = $fr(v465 * v466);
          const v468 = (v464 > 0);
          const v469 = (v468 ? v467 : 0);
          const v470 = $fr(v429 / v462);
          const v471 = (-v470);
          const v472 = $fr(Math.log2(v470));
          const v473 = $fr(v471 * v472);
          const v474 = (v470 > 0);
          const v475 = (v474 ? v473 : 0);
          const v476 = $fr(v469 + v475);
          const v477 = (v462 > 0);
          const v478 = (v477 ? v476 : 0);
          const v479 = $fr(v463 * v478);
          const v480 = $fr(v461 + v479);
          const v481 = $fr(v444 - v480);
          const v482 = (v430 > 0);
          const v483 = (v482 ? v481 : 0);
          const v484 = $fr(u_p_beta * v483);
          const v485 = (v239 ? v484 : 0);
          v341 = $fr(v424 + v485);
        }
        const v486 = v341;
        let v487 = 0;
        if (tabled213) {
          v487 = F_table213[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v257 > 0 ? (v257 < 4294967296 ? v257 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v258 > 0 ? (v258 < 4294967296 ? v258 >>> 0 | 0 : -1) : 0) | 0) | 0)];
        } else {
          const v488 = $fr(acc16 - v257);
          const v489 = $fr(v257 + v488);
          const v490 = $fr(v489 + 1.000000013351432e-10);
          const v491 = $fr(v257 / v490);
          const v492 = Math.min(Math.max(v491, 0), 1);
          const v493 = $fr(Math.sqrt(v492));
          const v494 = adv_asin(v493);
          const v495 = $fr(v30 - v258);
          const v496 = $fr(v258 + v495);
          const v497 = $fr(v496 + 1.000000013351432e-10);
          const v498 = $fr(v258 / v497);
          const v499 = Math.min(Math.max(v498, 0), 1);
          const v500 = $fr(Math.sqrt(v499));
          const v501 = adv_asin(v500);
          v487 = $fr(v494 - v501);
        }
        const v502 = v487;
        const v503 = $fr(H[(u_oh_acc34 + slot | 0)] >>> 0);
        const v504 = $fr(v503 / acc22);
        const v506 = $fr(v504 * v505);
        const v514 = $fr(v504 + v513);
        const v515 = $fr(v506 / v514);
        const v517 = (v516 ? v515 : 0);
        const v518 = $fr(H[(u_oh_acc52 + slot | 0)] >>> 0);
        const v519 = $fr(v518 / acc24);
        const v520 = $fr(v519 * v505);
        const v527 = $fr(v519 + v526);
        const v528 = $fr(v520 / v527);
        const v530 = (v529 ? v528 : 0);
        const v531 = $fr(v530 + 0.000009999999747378752);
        const v532 = $fr(v517 / v531);
        const v533 = $fr(v517 + 0.000009999999747378752);
        const v534 = $fr(v530 / v533);
        const v535 = $fr(v532 - v534);
        const v537 = (v536 ? v535 : 0);
        const v538 = $fr(v502 + v537);
        const v539 = $fr(v486 * v538);
        const v541 = $fr(v539 / v540);
        const v542 = $fr(1 / $fr(1 + $fr(Math.exp((-v541)))));
        const v543 = $fr(v542 - 0.5);
        const v544 = $fr(v543 * 2);
        const v545 = $fr(v544 * u_p_top);
        v340 = v545;
      } else {
        v340 = 0;
      }
      const v546 = v340;
      v333 = v546;
    } else {
      v333 = 0;
    }
    F_v262[slot] = v333;
  }
  // reduce to group %279
  const v548 = $fr(acc267 / acc17);
  const v549 = $fr(acc265 + v548);
  const v551 = $fr(acc272 - acc265);
  const v552 = (v551 > 0);
  const v553 = (v552 ? v551 : 1);
  let acc279 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v547 = F_v10[row];
    const v550 = $fr(v547 - v549);
    const v554 = $fr(v550 / v553);
    const v555 = $fr(v554 * v554);
    acc279 = $fr(acc279 + v555);
  }
  if ((lid === 0)) {
    F_v279[g] = acc279;
  }
  const v557 = (acc17 > 1);
  const v558 = (v557 ? v549 : 0);
  const v560 = $fr(acc17 - 1);
  const v561 = $fr(acc279 / v560);
  const v562 = $fr(Math.sqrt(v561));
  const v563 = $fr(v562 * v553);
  const v564 = (v557 ? v563 : 1);
  const v565 = $fr(v564 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v556 = F_v10[row];
    const v559 = $fr(v556 - v558);
    const v566 = $fr(v559 / v565);
    const v567 = (v559 === 0);
    const v568 = (v567 ? 0 : v566);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw569 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v570 = F_v262[((sw569 !== (-1)) ? (sw569 & 2147483647) : 0)];
      const v571 = ((sw569 !== (-1)) ? v570 : 0);
      const v572 = $fr(v568 + v571);
      const v573 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v574 = $fr(v573);
      const v575 = $fr(v572 * v574);
      const v576 = v571;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v575;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v576;
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