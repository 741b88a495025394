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
  const u_oh_acc27 = u.oh_acc27;
  const u_oh_acc31 = u.oh_acc31;
  const u_oh_acc33 = u.oh_acc33;
  const u_oh_acc51 = u.oh_acc51;
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
  const F_v9 = $F_v9;
  const F_v15 = $F_v15;
  const F_v16 = $F_v16;
  const F_v237 = $F_v237;
  const F_v244 = $F_v244;
  const I_response_mask = $I_response_mask;
  const F_v19 = $F_v19;
  const F_v21 = $F_v21;
  const F_v23 = $F_v23;
  const F_v239 = $F_v239;
  const I_kbase = $I_kbase;
  const I_vbase = $I_vbase;
  const H = $H;
  const I_korder = $I_korder;
  const I_responses = $I_responses;
  const F_out_0folds = $F_out_0folds;
  const F_table200 = $F_table200;
  const F_table212 = $F_table212;
  const F_v234 = $F_v234;
  const F_v251 = $F_v251;
  const F_out_advantages = $F_out_advantages;
  const F_out_key_values = $F_out_key_values;
  const g = (Math.imul((wid.x + Math.imul(wid.y, 65535) | 0), LANES) + lane | 0);
  if ((g >>> 0 >= u_G >>> 0)) {
    return;
  }
  const lid = 0;
  const m0 = I_starts[g];
  const n = (I_starts[(g + 1 | 0)] - m0 | 0);
  // reduce to rollout %9: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc9_0 = 0;
    let acc9_1 = 0;
    let acc9_2 = 0;
    let acc9_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc9_0 = $fr(acc9_0 + v0);
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc9_1 = $fr(acc9_1 + v1);
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc9_2 = $fr(acc9_2 + v2);
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc9_3 = $fr(acc9_3 + v3);
    }
    F_v9[row0] = acc9_0;
    F_v9[row1] = acc9_1;
    F_v9[row2] = acc9_2;
    F_v9[row3] = acc9_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc9 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc9 = $fr(acc9 + v4);
    }
    F_v9[row] = acc9;
  }
  // reduce to group %15, %16, %237, %244
  let acc15 = 0;
  let acc16 = 0;
  let acc237 = Infinity;
  let acc244 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v9[row];
    const v6 = (v5 > 0);
    const v7 = (v6 ? 1 : 0);
    acc15 = $fr(acc15 + v7);
    acc16 = $fr(acc16 + 1);
    acc237 = Math.min(acc237, v5);
    acc244 = Math.max(acc244, v5);
  }
  if ((lid === 0)) {
    F_v15[g] = acc15;
    F_v16[g] = acc16;
    F_v237[g] = acc237;
    F_v244[g] = acc244;
  }
  // reduce to rollout %19: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc19_0 = 0;
    let acc19_1 = 0;
    let acc19_2 = 0;
    let acc19_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        acc19_0 = $fr(acc19_0 + 1);
      }
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        acc19_1 = $fr(acc19_1 + 1);
      }
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        acc19_2 = $fr(acc19_2 + 1);
      }
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        acc19_3 = $fr(acc19_3 + 1);
      }
    }
    F_v19[row0] = acc19_0;
    F_v19[row1] = acc19_1;
    F_v19[row2] = acc19_2;
    F_v19[row3] = acc19_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc19 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        acc19 = $fr(acc19 + 1);
      }
    }
    F_v19[row] = acc19;
  }
  // reduce to group %21, %23, %239
  let acc21 = 0;
  let acc23 = 0;
  let acc239 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v8 = F_v19[row];
    const v9 = F_v9[row];
    const v10 = (v9 > 0);
    const v11 = (v10 ? v8 : 0);
    const v12 = (v10 ? 0 : v8);
    const v13 = $fr(v9 - acc237);
    acc21 = $fr(acc21 + v11);
    acc23 = $fr(acc23 + v12);
    acc239 = $fr(acc239 + v13);
  }
  if ((lid === 0)) {
    F_v21[g] = acc21;
    F_v23[g] = acc23;
    F_v239[g] = acc239;
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
        H[((u_oh_acc27 + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc31 + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc33 + lbase | 0) + i | 0)] = 0;
        H[((u_oh_acc51 + lbase | 0) + i | 0)] = 0;
      }
      zeroed = upto;
    }
    for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
      // longest rows first: the lanes' rows end together
      const row = I_korder[(m0 + j | 0)];
      const v15 = F_v9[row];
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
            H[((u_oh_acc27 + lbase | 0) + i | 0)] = 0;
            H[((u_oh_acc31 + lbase | 0) + i | 0)] = 0;
            H[((u_oh_acc33 + lbase | 0) + i | 0)] = 0;
            H[((u_oh_acc51 + lbase | 0) + i | 0)] = 0;
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
                H[(((a26 !== 0) ? u_oh_acc27 : u_oh_acc31) + (word & 2147483647) | 0)] = (H[(((a26 !== 0) ? u_oh_acc27 : u_oh_acc31) + (word & 2147483647) | 0)] + add | 0);
              }
            }
            {
              const a28 = (v23 > 0 ? (v23 < 4294967296 ? v23 >>> 0 | 0 : -1) : 0);
              const a29 = (v25 > 0 ? (v25 < 4294967296 ? v25 >>> 0 | 0 : -1) : 0);
              const add = (a28 + a29 | 0);
              if ((add !== 0)) {
                H[(((a28 !== 0) ? u_oh_acc33 : u_oh_acc51) + (word & 2147483647) | 0)] = (H[(((a28 !== 0) ? u_oh_acc33 : u_oh_acc51) + (word & 2147483647) | 0)] + add | 0);
              }
            }
          }
        }
        H[((u_oh_slot_tok + Math.imul(row, u_T) | 0) + tt | 0)] = word;
      }
    }
    H[(u_oh_count_tok + g | 0)] = nk;
  }
  const v30 = (u_p_alpha !== 0);
  const v37 = $fr(acc16 - acc15);
  const v175 = (u_p_beta !== 0);
  // count table %200: its value for every presence count pair of the group (when fewer than its keys)
  const tabled200 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled200) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v31 = 0;
      if (v30) {
        const v32 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v33 = $fr(v32 + $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v34 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v35 = $fr(v33 + v34);
        const v36 = $fr(v32 + v34);
        const v38 = $fr(v37 - $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v39 = $fr(v36 + v38);
        const v40 = $fr(v35 - v39);
        const v41 = Math.max(0, v40);
        const v42 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v34);
        const v43 = Math.min(v32, v42);
        const v44 = (v41 === v43);
        let v45 = 0;
        if (v44) {
          v45 = 0;
        } else {
          const v48 = $fr(v32 + v42);
          const v49 = $fr(v48 - v39);
          const v50 = Math.max(0, v49);
          const v51 = $i32f(v50);
          const v52 = $i32f(v43);
          const lo46 = v51;
          const hi47 = v52;
          const v53 = $fr(v42 + 1);
          const v54 = adv_lgamma(v53);
          const v55 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
          const v56 = adv_lgamma(v55);
          const v57 = $fr(v54 - v56);
          const v58 = $fr(v42 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v59 = $fr(v58 + 1);
          const v60 = adv_lgamma(v59);
          const v61 = $fr(v57 - v60);
          const v62 = $fr(v39 - v42);
          const v63 = $fr(v32 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v64 = $fr(v62 + 1);
          const v65 = adv_lgamma(v64);
          const v66 = $fr(v63 + 1);
          const v67 = adv_lgamma(v66);
          const v68 = $fr(v65 - v67);
          const v69 = $fr(v62 - v63);
          const v70 = $fr(v69 + 1);
          const v71 = adv_lgamma(v70);
          const v72 = $fr(v68 - v71);
          const v73 = $fr(v61 + v72);
          const v74 = $fr(v39 + 1);
          const v75 = adv_lgamma(v74);
          const v76 = $fr(v32 + 1);
          const v77 = adv_lgamma(v76);
          const v78 = $fr(v75 - v77);
          const v79 = $fr(v39 - v32);
          const v80 = $fr(v79 + 1);
          const v81 = adv_lgamma(v80);
          const v82 = $fr(v78 - v81);
          const v83 = $fr(v73 - v82);
          const v84 = $fr(v83 + 0.000009999999747378752);
          let fold86 = 0;
          if ((hi47 >= lo46)) {
            if (((hi47 - lo46 | 0) >>> 0 < 1048576 >>> 0)) {
              for (let n108 = 0; (n108 >>> 0 <= (hi47 - lo46 | 0) >>> 0); n108 = (n108 + 1 | 0)) {
                const k85 = (lo46 + n108 | 0);
                const v87 = $fr(k85);
                const v88 = $fr(v87 + 1);
                const v89 = adv_lgamma(v88);
                const v90 = $fr(v54 - v89);
                const v91 = $fr(v42 - v87);
                const v92 = $fr(v91 + 1);
                const v93 = adv_lgamma(v92);
                const v94 = $fr(v90 - v93);
                const v95 = $fr(v32 - v87);
                const v96 = $fr(v95 + 1);
                const v97 = adv_lgamma(v96);
                const v98 = $fr(v65 - v97);
                const v99 = $fr(v62 - v95);
                const v100 = $fr(v99 + 1);
                const v101 = adv_lgamma(v100);
                const v102 = $fr(v98 - v101);
                const v103 = $fr(v94 + v102);
                const v104 = $fr(v103 - v82);
                const v105 = $fr(Math.exp(v104));
                const v106 = (v104 <= v84);
                const v107 = (v106 ? v105 : 0);
                fold86 = $fr(fold86 + v107);
              }
            } else {
              F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
            }
          }
          const v109 = fold86;
          const v110 = $fr((-2) * v109);
          const v111 = $fr(Math.exp(v110));
          v45 = v111;
        }
        const v112 = v45;
        const v113 = $fr(u_p_alpha * v112);
        v31 = v113;
      } else {
        v31 = 0;
      }
      const v114 = v31;
      const v115 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v116 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v115);
      const v117 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v118 = $fr(v117 + v115);
      const v119 = $fr(v37 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v120 = $fr(v118 + v119);
      const v121 = $fr(v116 / v120);
      const v122 = (-v121);
      const v123 = $fr(Math.log2(v121));
      const v124 = $fr(v122 * v123);
      const v125 = (v121 > 0);
      const v126 = (v125 ? v124 : 0);
      const v127 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v119);
      const v128 = $fr(v127 / v120);
      const v129 = (-v128);
      const v130 = $fr(Math.log2(v128));
      const v131 = $fr(v129 * v130);
      const v132 = (v128 > 0);
      const v133 = (v132 ? v131 : 0);
      const v134 = $fr(v126 + v133);
      const v135 = $fr(v117 / v120);
      const v136 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v117);
      const v137 = (-v136);
      const v138 = $fr(Math.log2(v136));
      const v139 = $fr(v137 * v138);
      const v140 = (v136 > 0);
      const v141 = (v140 ? v139 : 0);
      const v142 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v117);
      const v143 = (-v142);
      const v144 = $fr(Math.log2(v142));
      const v145 = $fr(v143 * v144);
      const v146 = (v142 > 0);
      const v147 = (v146 ? v145 : 0);
      const v148 = $fr(v141 + v147);
      const v149 = (v117 > 0);
      const v150 = (v149 ? v148 : 0);
      const v151 = $fr(v135 * v150);
      const v152 = $fr(v115 + v119);
      const v153 = $fr(v152 / v120);
      const v154 = $fr(v115 / v152);
      const v155 = (-v154);
      const v156 = $fr(Math.log2(v154));
      const v157 = $fr(v155 * v156);
      const v158 = (v154 > 0);
      const v159 = (v158 ? v157 : 0);
      const v160 = $fr(v119 / v152);
      const v161 = (-v160);
      const v162 = $fr(Math.log2(v160));
      const v163 = $fr(v161 * v162);
      const v164 = (v160 > 0);
      const v165 = (v164 ? v163 : 0);
      const v166 = $fr(v159 + v165);
      const v167 = (v152 > 0);
      const v168 = (v167 ? v166 : 0);
      const v169 = $fr(v153 * v168);
      const v170 = $fr(v151 + v169);
      const v171 = $fr(v134 - v170);
      const v172 = (v120 > 0);
      const v173 = (v172 ? v171 : 0);
      const v174 = $fr(u_p_beta * v173);
      const v176 = (v175 ? v174 : 0);
      const v177 = $fr(v114 + v176);
      F_table200[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v177;
    }
  }
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const tabled212 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled212) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v178 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v179 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v178);
      const v180 = $fr(v179 + 1.000000013351432e-10);
      const v181 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v180);
      const v182 = Math.min(Math.max(v181, 0), 1);
      const v183 = $fr(Math.sqrt(v182));
      const v184 = adv_asin(v183);
      const v185 = $fr(v37 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v186 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v185);
      const v187 = $fr(v186 + 1.000000013351432e-10);
      const v188 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v187);
      const v189 = Math.min(Math.max(v188, 0), 1);
      const v190 = $fr(Math.sqrt(v189));
      const v191 = adv_asin(v190);
      const v192 = $fr(v184 - v191);
      F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v192;
    }
  }
  const v193 = (acc15 > 0);
  const v194 = (v37 > 0);
  const v195 = (v193 && v194);
  const v366 = $fr(u_p_bm25_k1 + 1);
  const v368 = $fr(1 - u_p_bm25_b);
  const v369 = $fr(u_p_bm25_b * acc21);
  const v370 = $fr(acc21 + acc23);
  const v371 = $fr(v370 / 2);
  const v372 = $fr(v369 / v371);
  const v373 = $fr(v368 + v372);
  const v374 = $fr(u_p_bm25_k1 * v373);
  const v377 = (acc21 > 0);
  const v382 = $fr(u_p_bm25_b * acc23);
  const v383 = $fr(acc23 + acc21);
  const v384 = $fr(v383 / 2);
  const v385 = $fr(v382 / v384);
  const v386 = $fr(v368 + v385);
  const v387 = $fr(u_p_bm25_k1 * v386);
  const v390 = (acc23 > 0);
  const v397 = (u_p_gamma !== 0);
  const v401 = $fr(u_p_alpha + u_p_beta);
  // key-map %234: once per distinct key of the group
  const nkeys234 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys234 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v196 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
    const v197 = (v196 !== u_p_zero_token_id);
    const v198 = (v195 && v197);
    let v199 = 0;
    if (v198) {
      const v200 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
      const v201 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
      let v202 = 0;
      if (tabled200) {
        v202 = F_table200[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v200 > 0 ? (v200 < 4294967296 ? v200 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v201 > 0 ? (v201 < 4294967296 ? v201 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        let v203 = 0;
        if (v30) {
          const v204 = $fr(v200 + v201);
          const v205 = $fr(v204 + v200);
          const v206 = $fr(acc15 - v200);
          const v207 = $fr(v205 + v206);
          const v208 = $fr(v204 + v206);
          const v209 = $fr(v37 - v201);
          const v210 = $fr(v208 + v209);
          const v211 = $fr(v207 - v210);
          const v212 = Math.max(0, v211);
          const v213 = $fr(v200 + v206);
          const v214 = Math.min(v204, v213);
          const v215 = (v212 === v214);
          let v216 = 0;
          if (v215) {
            v216 = 0;
          } else {
            const v219 = $fr(v204 + v213);
            const v220 = $fr(v219 - v210);
            const v221 = Math.max(0, v220);
            const v222 = $i32f(v221);
            const v223 = $i32f(v214);
            const lo217 = v222;
            const hi218 = v223;
            const v224 = $fr(v213 + 1);
            const v225 = adv_lgamma(v224);
            const v226 = $fr(v200 + 1);
            const v227 = adv_lgamma(v226);
            const v228 = $fr(v225 - v227);
            const v229 = $fr(v213 - v200);
            const v230 = $fr(v229 + 1);
            const v231 = adv_lgamma(v230);
            const v232 = $fr(v228 - v231);
            const v233 = $fr(v210 - v213);
            const v234 = $fr(v204 - v200);
            const v235 = $fr(v233 + 1);
            const v236 = adv_lgamma(v235);
            const v237 = $fr(v234 + 1);
            const v238 = adv_lgamma(v237);
            const v239 = $fr(v236 - v238);
            const v240 = $fr(v233 - v234);
            const v241 = $fr(v240 + 1);
            const v242 = adv_lgamma(v241);
            const v243 = $fr(v239 - v242);
            const v244 = $fr(v232 + v243);
            const v245 = $fr(v210 + 1);
            const v246 = adv_lgamma(v245);
            const v247 = $fr(v204 + 1);
            const v248 = adv_lgamma(v247);
            const v249 = $fr(v246 - v248);
            const v250 = $fr(v210 - v204);
            const v251 = $fr(v250 + 1);
            const v252 = adv_lgamma(v251);
            const v253 = $fr(v249 - v252);
            const v254 = $fr(v244 - v253);
            const v255 = $fr(v254 + 0.000009999999747378752);
            let fold257 = 0;
            if ((hi218 >= lo217)) {
              if (((hi218 - lo217 | 0) >>> 0 < 1048576 >>> 0)) {
                for (let n279 = 0; (n279 >>> 0 <= (hi218 - lo217 | 0) >>> 0); n279 = (n279 + 1 | 0)) {
                  const k256 = (lo217 + n279 | 0);
                  const v258 = $fr(k256);
                  const v259 = $fr(v258 + 1);
                  const v260 = adv_lgamma(v259);
                  const v261 = $fr(v225 - v260);
                  const v262 = $fr(v213 - v258);
                  const v263 = $fr(v262 + 1);
                  const v264 = adv_lgamma(v263);
                  const v265 = $fr(v261 - v264);
                  const v266 = $fr(v204 - v258);
                  const v267 = $fr(v266 + 1);
                  const v268 = adv_lgamma(v267);
                  const v269 = $fr(v236 - v268);
                  const v270 = $fr(v233 - v266);
                  const v271 = $fr(v270 + 1);
                  const v272 = adv_lgamma(v271);
                  const v273 = $fr(v269 - v272);
                  const v274 = $fr(v265 + v273);
                  const v275 = $fr(v274 - v253);
                  const v276 = $fr(Math.exp(v275));
                  const v277 = (v275 <= v255);
                  const v278 = (v277 ? v276 : 0);
                  fold257 = $fr(fold257 + v278);
                }
              } else {
                F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
              }
            }
            const v280 = fold257;
            const v281 = $fr((-2) * v280);
            const v282 = $fr(Math.exp(v281));
            v216 = v282;
          }
          const v283 = v216;
          const v284 = $fr(u_p_alpha * v283);
          v203 = v284;
        } else {
          v203 = 0;
        }
        const v285 = v203;
        const v286 = $fr(acc15 - v200);
        const v287 = $fr(v200 + v286);
        const v288 = $fr(v200 + v201);
        const v289 = $fr(v288 + v286);
        const v290 = $fr(v37 - v201);
        const v291 = $fr(v289 + v290);
        const v292 = $fr(v287 / v291);
        const v293 = (-v292);
        const v294 = $fr(Math.log2(v292));
        const v295 = $fr(v293 * v294);
        const v296 = (v292 > 0);
        const v297 = (v296 ? v295 : 0);
        const v298 = $fr(v201 + v290);
        const v299 = $fr(v298 / v291);
        const v300 = (-v299);
        const v301 = $fr(Math.log2(v299));
        const v302 = $fr(v300 * v301);
        const v303 = (v299 > 0);
        const v304 = (v303 ? v302 : 0);
        const v305 = $fr(v297 + v304);
        const v306 = $fr(v288 / v291);
        const v307 = $fr(v200 / v288);
        const v308 = (-v307);
        const v309 = $fr(Math.log2(v307));
        const v310 = $fr(v308 * v309);
        const v311 = (v307 > 0);
        const v312 = (v311 ? v310 : 0);
        const v313 = $fr(v201 / v288);
        const v314 = (-v313);
        const v315 = $fr(Math.log2(v313));
        const v316 = $fr(v314 * v315);
        const v317 = (v313 > 0);
        const v318 = (v317 ? v316 : 0);
        const v319 = $fr(v312 + v318);
        const v320 = (v288 > 0);
        const v321 = (v320 ? v319 : 0);
        const v322 = $fr(v306 * v321);
        const v323 = $fr(v286 + v290);
        const v324 = $fr(v323 / v291);
        const v325 = $fr(v286 / v323);
        const v326 = (-v325);
        const v327 = $fr(Math.log2(v325));
        const v328 = $fr(v326 * v327);
        const v329 = (v325 > 0);
        const v330 = (v329 ? v328 : 0);
        const v331 = $fr(v290 / v323);
        const v332 = (-v331);
        const v333 = $fr(Math.log2(v331));
        const v334 = $fr(v332 * v333);
        const v335 = (v331 > 0);
        const v336 = (v335 ? v334 : 0);
        const v337 = $fr(v330 + v336);
        const v338 = (v323 > 0);
        const v339 = (v338 ? v337 : 0);
        const v340 = $fr(v324 * v339);
        const v341 = $fr(v322 + v340);
        const v342 = $fr(v305 - v341);
        const v343 = (v291 > 0);
        const v344 = (v343 ? v342 : 0);
        const v345 = $fr(u_p_beta * v344);
        const v346 = (v175 ? v345 : 0);
        v202 = $fr(v285 + v346);
      }
      const v347 = v202;
      let v348 = 0;
      if (tabled212) {
        v348 = F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v200 > 0 ? (v200 < 4294967296 ? v200 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v201 > 0 ? (v201 < 4294967296 ? v201 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        const v349 = $fr(acc15 - v200);
        const v350 = $fr(v200 + v349);
        const v351 = $fr(v350 + 1.000000013351432e-10);
        const v352 = $fr(v200 / v351);
        const v353 = Math.min(Math.max(v352, 0), 1);
        const v354 = $fr(Math.sqrt(v353));
        const v355 = adv_asin(v354);
        const v356 = $fr(v37 - v201);
        const v357 = $fr(v201 + v356);
        const v358 = $fr(v357 + 1.000000013351432e-10);
        const v359 = $fr(v201 / v358);
        const v360 = Math.min(Math.max(v359, 0), 1);
        const v361 = $fr(Math.sqrt(v360));
        const v362 = adv_asin(v361);
        v348 = $fr(v355 - v362);
      }
      const v363 = v348;
      const v364 = $fr(H[(u_oh_acc33 + slot | 0)] >>> 0);
      const v365 = $fr(v364 / acc21);
      const v367 = $fr(v365 * v366);
      const v375 = $fr(v365 + v374);
      const v376 = $fr(v367 / v375);
      const v378 = (v377 ? v376 : 0);
      const v379 = $fr(H[(u_oh_acc51 + slot | 0)] >>> 0);
      const v380 = $fr(v379 / acc23);
      const v381 = $fr(v380 * v366);
      const v388 = $fr(v380 + v387);
      const v389 = $fr(v381 / v388);
      const v391 = (v390 ? v389 : 0);
      const v392 = $fr(v391 + 0.000009999999747378752);
      const v393 = $fr(v378 / v392);
      const v394 = $fr(v378 + 0.000009999999747378752);
      const v395 = $fr(v391 / v394);
      const v396 = $fr(v393 - v395);
      const v398 = (v397 ? v396 : 0);
      const v399 = $fr(v363 + v398);
      const v400 = $fr(v347 * v399);
      const v402 = $fr(v400 / v401);
      const v403 = $fr(1 / $fr(1 + $fr(Math.exp((-v402)))));
      const v404 = $fr(v403 - 0.5);
      const v405 = $fr(v404 * 2);
      const v406 = $fr(v405 * u_p_top);
      v199 = v406;
    } else {
      v199 = 0;
    }
    F_v234[slot] = v199;
  }
  // reduce to group %251
  const v408 = $fr(acc239 / acc16);
  const v409 = $fr(acc237 + v408);
  const v411 = $fr(acc244 - acc237);
  const v412 = (v411 > 0);
  const v413 = (v412 ? v411 : 1);
  let acc251 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v407 = F_v9[row];
    const v410 = $fr(v407 - v409);
    const v414 = $fr(v410 / v413);
    const v415 = $fr(v414 * v414);
    acc251 = $fr(acc251 + v415);
  }
  if ((lid === 0)) {
    F_v251[g] = acc251;
  }
  const v417 = (acc16 > 1);
  const v418 = (v417 ? v409 : 0);
  const v420 = $fr(acc16 - 1);
  const v421 = $fr(acc251 / v420);
  const v422 = $fr(Math.sqrt(v421));
  const v423 = $fr(v422 * v413);
  const v424 = (v417 ? v423 : 1);
  const v425 = $fr(v424 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v416 = F_v9[row];
    const v419 = $fr(v416 - v418);
    const v426 = $fr(v419 / v425);
    const v427 = (v419 === 0);
    const v428 = (v427 ? 0 : v426);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw429 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v430 = F_v234[((sw429 !== (-1)) ? (sw429 & 2147483647) : 0)];
      const v431 = ((sw429 !== (-1)) ? v430 : 0);
      const v432 = $fr(v428 + v431);
      const v433 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v434 = $fr(v433);
      const v435 = $fr(v432 * v434);
      const v436 = v431;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v435;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v436;
    }
  }
}
let u, $H, $F_token_level_rewards, $F_v9, $F_v15, $F_v16, $F_v237, $F_v244, $F_v19, $F_v21, $F_v23, $F_v239, $F_out_0folds, $F_table200, $F_table212, $F_v234, $F_v251, $F_out_advantages, $F_out_key_values, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase, $I_korder, $I_responses;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v9 = f["v9"];
  $F_v15 = f["v15"];
  $F_v16 = f["v16"];
  $F_v237 = f["v237"];
  $F_v244 = f["v244"];
  $F_v19 = f["v19"];
  $F_v21 = f["v21"];
  $F_v23 = f["v23"];
  $F_v239 = f["v239"];
  $F_out_0folds = f["out_0folds"];
  $F_table200 = f["table200"];
  $F_table212 = f["table212"];
  $F_v234 = f["v234"];
  $F_v251 = f["v251"];
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