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
      const v16 = F_v9[row];
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
            const v15 = ((word >>> 31 | 0) !== 0);
            {
              const a19 = (v15 ? (v17 ? 1 : 0) : 0);
              const a20 = (v15 ? (v18 ? 1 : 0) : 0);
              const add = (a19 + a20 | 0);
              if ((add !== 0)) {
                H[(((a19 !== 0) ? u_oh_acc27 : u_oh_acc31) + (word & 2147483647) | 0)] = (H[(((a19 !== 0) ? u_oh_acc27 : u_oh_acc31) + (word & 2147483647) | 0)] + add | 0);
              }
            }
            {
              const a21 = (v17 ? 1 : 0);
              const a22 = (v17 ? 0 : 1);
              const add = (a21 + a22 | 0);
              if ((add !== 0)) {
                H[(((a21 !== 0) ? u_oh_acc33 : u_oh_acc51) + (word & 2147483647) | 0)] = (H[(((a21 !== 0) ? u_oh_acc33 : u_oh_acc51) + (word & 2147483647) | 0)] + add | 0);
              }
            }
          }
        }
        H[((u_oh_slot_tok + Math.imul(row, u_T) | 0) + tt | 0)] = word;
      }
    }
    H[(u_oh_count_tok + g | 0)] = nk;
  }
  const v23 = (u_p_alpha !== 0);
  const v30 = $fr(acc16 - acc15);
  const v168 = (u_p_beta !== 0);
  // count table %200: its value for every presence count pair of the group (when fewer than its keys)
  const tabled200 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled200) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v24 = 0;
      if (v23) {
        const v25 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v26 = $fr(v25 + $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v27 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v28 = $fr(v26 + v27);
        const v29 = $fr(v25 + v27);
        const v31 = $fr(v30 - $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v32 = $fr(v29 + v31);
        const v33 = $fr(v28 - v32);
        const v34 = Math.max(0, v33);
        const v35 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v27);
        const v36 = Math.min(v25, v35);
        const v37 = (v34 === v36);
        let v38 = 0;
        if (v37) {
          v38 = 0;
        } else {
          const v41 = $fr(v25 + v35);
          const v42 = $fr(v41 - v32);
          const v43 = Math.max(0, v42);
          const v44 = $i32f(v43);
          const v45 = $i32f(v36);
          const lo39 = v44;
          const hi40 = v45;
          const v46 = $fr(v35 + 1);
          const v47 = adv_lgamma(v46);
          const v48 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
          const v49 = adv_lgamma(v48);
          const v50 = $fr(v47 - v49);
          const v51 = $fr(v35 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v52 = $fr(v51 + 1);
          const v53 = adv_lgamma(v52);
          const v54 = $fr(v50 - v53);
          const v55 = $fr(v32 - v35);
          const v56 = $fr(v25 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v57 = $fr(v55 + 1);
          const v58 = adv_lgamma(v57);
          const v59 = $fr(v56 + 1);
          const v60 = adv_lgamma(v59);
          const v61 = $fr(v58 - v60);
          const v62 = $fr(v55 - v56);
          const v63 = $fr(v62 + 1);
          const v64 = adv_lgamma(v63);
          const v65 = $fr(v61 - v64);
          const v66 = $fr(v54 + v65);
          const v67 = $fr(v32 + 1);
          const v68 = adv_lgamma(v67);
          const v69 = $fr(v25 + 1);
          const v70 = adv_lgamma(v69);
          const v71 = $fr(v68 - v70);
          const v72 = $fr(v32 - v25);
          const v73 = $fr(v72 + 1);
          const v74 = adv_lgamma(v73);
          const v75 = $fr(v71 - v74);
          const v76 = $fr(v66 - v75);
          const v77 = $fr(v76 + 0.000009999999747378752);
          let fold79 = 0;
          if ((hi40 >= lo39)) {
            if (((hi40 - lo39 | 0) >>> 0 < 1048576 >>> 0)) {
              for (let n101 = 0; (n101 >>> 0 <= (hi40 - lo39 | 0) >>> 0); n101 = (n101 + 1 | 0)) {
                const k78 = (lo39 + n101 | 0);
                const v80 = $fr(k78);
                const v81 = $fr(v80 + 1);
                const v82 = adv_lgamma(v81);
                const v83 = $fr(v47 - v82);
                const v84 = $fr(v35 - v80);
                const v85 = $fr(v84 + 1);
                const v86 = adv_lgamma(v85);
                const v87 = $fr(v83 - v86);
                const v88 = $fr(v25 - v80);
                const v89 = $fr(v88 + 1);
                const v90 = adv_lgamma(v89);
                const v91 = $fr(v58 - v90);
                const v92 = $fr(v55 - v88);
                const v93 = $fr(v92 + 1);
                const v94 = adv_lgamma(v93);
                const v95 = $fr(v91 - v94);
                const v96 = $fr(v87 + v95);
                const v97 = $fr(v96 - v75);
                const v98 = $fr(Math.exp(v97));
                const v99 = (v97 <= v77);
                const v100 = (v99 ? v98 : 0);
                fold79 = $fr(fold79 + v100);
              }
            } else {
              F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
            }
          }
          const v102 = fold79;
          const v103 = $fr((-2) * v102);
          const v104 = $fr(Math.exp(v103));
          v38 = v104;
        }
        const v105 = v38;
        const v106 = $fr(u_p_alpha * v105);
        v24 = v106;
      } else {
        v24 = 0;
      }
      const v107 = v24;
      const v108 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v109 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v108);
      const v110 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v111 = $fr(v110 + v108);
      const v112 = $fr(v30 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v113 = $fr(v111 + v112);
      const v114 = $fr(v109 / v113);
      const v115 = (-v114);
      const v116 = $fr(Math.log2(v114));
      const v117 = $fr(v115 * v116);
      const v118 = (v114 > 0);
      const v119 = (v118 ? v117 : 0);
      const v120 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v112);
      const v121 = $fr(v120 / v113);
      const v122 = (-v121);
      const v123 = $fr(Math.log2(v121));
      const v124 = $fr(v122 * v123);
      const v125 = (v121 > 0);
      const v126 = (v125 ? v124 : 0);
      const v127 = $fr(v119 + v126);
      const v128 = $fr(v110 / v113);
      const v129 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v110);
      const v130 = (-v129);
      const v131 = $fr(Math.log2(v129));
      const v132 = $fr(v130 * v131);
      const v133 = (v129 > 0);
      const v134 = (v133 ? v132 : 0);
      const v135 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v110);
      const v136 = (-v135);
      const v137 = $fr(Math.log2(v135));
      const v138 = $fr(v136 * v137);
      const v139 = (v135 > 0);
      const v140 = (v139 ? v138 : 0);
      const v141 = $fr(v134 + v140);
      const v142 = (v110 > 0);
      const v143 = (v142 ? v141 : 0);
      const v144 = $fr(v128 * v143);
      const v145 = $fr(v108 + v112);
      const v146 = $fr(v145 / v113);
      const v147 = $fr(v108 / v145);
      const v148 = (-v147);
      const v149 = $fr(Math.log2(v147));
      const v150 = $fr(v148 * v149);
      const v151 = (v147 > 0);
      const v152 = (v151 ? v150 : 0);
      const v153 = $fr(v112 / v145);
      const v154 = (-v153);
      const v155 = $fr(Math.log2(v153));
      const v156 = $fr(v154 * v155);
      const v157 = (v153 > 0);
      const v158 = (v157 ? v156 : 0);
      const v159 = $fr(v152 + v158);
      const v160 = (v145 > 0);
      const v161 = (v160 ? v159 : 0);
      const v162 = $fr(v146 * v161);
      const v163 = $fr(v144 + v162);
      const v164 = $fr(v127 - v163);
      const v165 = (v113 > 0);
      const v166 = (v165 ? v164 : 0);
      const v167 = $fr(u_p_beta * v166);
      const v169 = (v168 ? v167 : 0);
      const v170 = $fr(v107 + v169);
      F_table200[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v170;
    }
  }
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const tabled212 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled212) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v171 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v172 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v171);
      const v173 = $fr(v172 + 1.000000013351432e-10);
      const v174 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v173);
      const v175 = Math.min(Math.max(v174, 0), 1);
      const v176 = $fr(Math.sqrt(v175));
      const v177 = adv_asin(v176);
      const v178 = $fr(v30 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v179 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v178);
      const v180 = $fr(v179 + 1.000000013351432e-10);
      const v181 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v180);
      const v182 = Math.min(Math.max(v181, 0), 1);
      const v183 = $fr(Math.sqrt(v182));
      const v184 = adv_asin(v183);
      const v185 = $fr(v177 - v184);
      F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v185;
    }
  }
  const v186 = (acc15 > 0);
  const v187 = (v30 > 0);
  const v188 = (v186 && v187);
  const v359 = $fr(u_p_bm25_k1 + 1);
  const v361 = $fr(1 - u_p_bm25_b);
  const v362 = $fr(u_p_bm25_b * acc21);
  const v363 = $fr(acc21 + acc23);
  const v364 = $fr(v363 / 2);
  const v365 = $fr(v362 / v364);
  const v366 = $fr(v361 + v365);
  const v367 = $fr(u_p_bm25_k1 * v366);
  const v370 = (acc21 > 0);
  const v375 = $fr(u_p_bm25_b * acc23);
  const v376 = $fr(acc23 + acc21);
  const v377 = $fr(v376 / 2);
  const v378 = $fr(v375 / v377);
  const v379 = $fr(v361 + v378);
  const v380 = $fr(u_p_bm25_k1 * v379);
  const v383 = (acc23 > 0);
  const v390 = (u_p_gamma !== 0);
  const v394 = $fr(u_p_alpha + u_p_beta);
  // key-map %234: once per distinct key of the group
  const nkeys234 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys234 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v189 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
    const v190 = (v189 !== u_p_zero_token_id);
    const v191 = (v188 && v190);
    let v192 = 0;
    if (v191) {
      const v193 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
      const v194 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
      let v195 = 0;
      if (tabled200) {
        v195 = F_table200[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v193 > 0 ? (v193 < 4294967296 ? v193 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v194 > 0 ? (v194 < 4294967296 ? v194 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        let v196 = 0;
        if (v23) {
          const v197 = $fr(v193 + v194);
          const v198 = $fr(v197 + v193);
          const v199 = $fr(acc15 - v193);
          const v200 = $fr(v198 + v199);
          const v201 = $fr(v197 + v199);
          const v202 = $fr(v30 - v194);
          const v203 = $fr(v201 + v202);
          const v204 = $fr(v200 - v203);
          const v205 = Math.max(0, v204);
          const v206 = $fr(v193 + v199);
          const v207 = Math.min(v197, v206);
          const v208 = (v205 === v207);
          let v209 = 0;
          if (v208) {
            v209 = 0;
          } else {
            const v212 = $fr(v197 + v206);
            const v213 = $fr(v212 - v203);
            const v214 = Math.max(0, v213);
            const v215 = $i32f(v214);
            const v216 = $i32f(v207);
            const lo210 = v215;
            const hi211 = v216;
            const v217 = $fr(v206 + 1);
            const v218 = adv_lgamma(v217);
            const v219 = $fr(v193 + 1);
            const v220 = adv_lgamma(v219);
            const v221 = $fr(v218 - v220);
            const v222 = $fr(v206 - v193);
            const v223 = $fr(v222 + 1);
            const v224 = adv_lgamma(v223);
            const v225 = $fr(v221 - v224);
            const v226 = $fr(v203 - v206);
            const v227 = $fr(v197 - v193);
            const v228 = $fr(v226 + 1);
            const v229 = adv_lgamma(v228);
            const v230 = $fr(v227 + 1);
            const v231 = adv_lgamma(v230);
            const v232 = $fr(v229 - v231);
            const v233 = $fr(v226 - v227);
            const v234 = $fr(v233 + 1);
            const v235 = adv_lgamma(v234);
            const v236 = $fr(v232 - v235);
            const v237 = $fr(v225 + v236);
            const v238 = $fr(v203 + 1);
            const v239 = adv_lgamma(v238);
            const v240 = $fr(v197 + 1);
            const v241 = adv_lgamma(v240);
            const v242 = $fr(v239 - v241);
            const v243 = $fr(v203 - v197);
            const v244 = $fr(v243 + 1);
            const v245 = adv_lgamma(v244);
            const v246 = $fr(v242 - v245);
            const v247 = $fr(v237 - v246);
            const v248 = $fr(v247 + 0.000009999999747378752);
            let fold250 = 0;
            if ((hi211 >= lo210)) {
              if (((hi211 - lo210 | 0) >>> 0 < 1048576 >>> 0)) {
                for (let n272 = 0; (n272 >>> 0 <= (hi211 - lo210 | 0) >>> 0); n272 = (n272 + 1 | 0)) {
                  const k249 = (lo210 + n272 | 0);
                  const v251 = $fr(k249);
                  const v252 = $fr(v251 + 1);
                  const v253 = adv_lgamma(v252);
                  const v254 = $fr(v218 - v253);
                  const v255 = $fr(v206 - v251);
                  const v256 = $fr(v255 + 1);
                  const v257 = adv_lgamma(v256);
                  const v258 = $fr(v254 - v257);
                  const v259 = $fr(v197 - v251);
                  const v260 = $fr(v259 + 1);
                  const v261 = adv_lgamma(v260);
                  const v262 = $fr(v229 - v261);
                  const v263 = $fr(v226 - v259);
                  const v264 = $fr(v263 + 1);
                  const v265 = adv_lgamma(v264);
                  const v266 = $fr(v262 - v265);
                  const v267 = $fr(v258 + v266);
                  const v268 = $fr(v267 - v246);
                  const v269 = $fr(Math.exp(v268));
                  const v270 = (v268 <= v248);
                  const v271 = (v270 ? v269 : 0);
                  fold250 = $fr(fold250 + v271);
                }
              } else {
                F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
              }
            }
            const v273 = fold250;
            const v274 = $fr((-2) * v273);
            const v275 = $fr(Math.exp(v274));
            v209 = v275;
          }
          const v276 = v209;
          const v277 = $fr(u_p_alpha * v276);
          v196 = v277;
        } else {
          v196 = 0;
        }
        const v278 = v196;
        const v279 = $fr(acc15 - v193);
        const v280 = $fr(v193 + v279);
        const v281 = $fr(v193 + v194);
        const v282 = $fr(v281 + v279);
        const v283 = $fr(v30 - v194);
        const v284 = $fr(v282 + v283);
        const v285 = $fr(v280 / v284);
        const v286 = (-v285);
        const v287 = $fr(Math.log2(v285));
        const v288 = $fr(v286 * v287);
        const v289 = (v285 > 0);
        const v290 = (v289 ? v288 : 0);
        const v291 = $fr(v194 + v283);
        const v292 = $fr(v291 / v284);
        const v293 = (-v292);
        const v294 = $fr(Math.log2(v292));
        const v295 = $fr(v293 * v294);
        const v296 = (v292 > 0);
        const v297 = (v296 ? v295 : 0);
        const v298 = $fr(v290 + v297);
        const v299 = $fr(v281 / v284);
        const v300 = $fr(v193 / v281);
        const v301 = (-v300);
        const v302 = $fr(Math.log2(v300));
        const v303 = $fr(v301 * v302);
        const v304 = (v300 > 0);
        const v305 = (v304 ? v303 : 0);
        const v306 = $fr(v194 / v281);
        const v307 = (-v306);
        const v308 = $fr(Math.log2(v306));
        const v309 = $fr(v307 * v308);
        const v310 = (v306 > 0);
        const v311 = (v310 ? v309 : 0);
        const v312 = $fr(v305 + v311);
        const v313 = (v281 > 0);
        const v314 = (v313 ? v312 : 0);
        const v315 = $fr(v299 * v314);
        const v316 = $fr(v279 + v283);
        const v317 = $fr(v316 / v284);
        const v318 = $fr(v279 / v316);
        const v319 = (-v318);
        const v320 = $fr(Math.log2(v318));
        const v321 = $fr(v319 * v320);
        const v322 = (v318 > 0);
        const v323 = (v322 ? v321 : 0);
        const v324 = $fr(v283 / v316);
        const v325 = (-v324);
        const v326 = $fr(Math.log2(v324));
        const v327 = $fr(v325 * v326);
        const v328 = (v324 > 0);
        const v329 = (v328 ? v327 : 0);
        const v330 = $fr(v323 + v329);
        const v331 = (v316 > 0);
        const v332 = (v331 ? v330 : 0);
        const v333 = $fr(v317 * v332);
        const v334 = $fr(v315 + v333);
        const v335 = $fr(v298 - v334);
        const v336 = (v284 > 0);
        const v337 = (v336 ? v335 : 0);
        const v338 = $fr(u_p_beta * v337);
        const v339 = (v168 ? v338 : 0);
        v195 = $fr(v278 + v339);
      }
      const v340 = v195;
      let v341 = 0;
      if (tabled212) {
        v341 = F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v193 > 0 ? (v193 < 4294967296 ? v193 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v194 > 0 ? (v194 < 4294967296 ? v194 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        const v342 = $fr(acc15 - v193);
        const v343 = $fr(v193 + v342);
        const v344 = $fr(v343 + 1.000000013351432e-10);
        const v345 = $fr(v193 / v344);
        const v346 = Math.min(Math.max(v345, 0), 1);
        const v347 = $fr(Math.sqrt(v346));
        const v348 = adv_asin(v347);
        const v349 = $fr(v30 - v194);
        const v350 = $fr(v194 + v349);
        const v351 = $fr(v350 + 1.000000013351432e-10);
        const v352 = $fr(v194 / v351);
        const v353 = Math.min(Math.max(v352, 0), 1);
        const v354 = $fr(Math.sqrt(v353));
        const v355 = adv_asin(v354);
        v341 = $fr(v348 - v355);
      }
      const v356 = v341;
      const v357 = $fr(H[(u_oh_acc33 + slot | 0)] >>> 0);
      const v358 = $fr(v357 / acc21);
      const v360 = $fr(v358 * v359);
      const v368 = $fr(v358 + v367);
      const v369 = $fr(v360 / v368);
      const v371 = (v370 ? v369 : 0);
      const v372 = $fr(H[(u_oh_acc51 + slot | 0)] >>> 0);
      const v373 = $fr(v372 / acc23);
      const v374 = $fr(v373 * v359);
      const v381 = $fr(v373 + v380);
      const v382 = $fr(v374 / v381);
      const v384 = (v383 ? v382 : 0);
      const v385 = $fr(v384 + 0.000009999999747378752);
      const v386 = $fr(v371 / v385);
      const v387 = $fr(v371 + 0.000009999999747378752);
      const v388 = $fr(v384 / v387);
      const v389 = $fr(v386 - v388);
      const v391 = (v390 ? v389 : 0);
      const v392 = $fr(v356 + v391);
      const v393 = $fr(v340 * v392);
      const v395 = $fr(v393 / v394);
      const v396 = $fr(1 / $fr(1 + $fr(Math.exp((-v395)))));
      const v397 = $fr(v396 - 0.5);
      const v398 = $fr(v397 * 2);
      const v399 = $fr(v398 * u_p_top);
      v192 = v399;
    } else {
      v192 = 0;
    }
    F_v234[slot] = v192;
  }
  // reduce to group %251
  const v401 = $fr(acc239 / acc16);
  const v402 = $fr(acc237 + v401);
  const v404 = $fr(acc244 - acc237);
  const v405 = (v404 > 0);
  const v406 = (v405 ? v404 : 1);
  let acc251 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v400 = F_v9[row];
    const v403 = $fr(v400 - v402);
    const v407 = $fr(v403 / v406);
    const v408 = $fr(v407 * v407);
    acc251 = $fr(acc251 + v408);
  }
  if ((lid === 0)) {
    F_v251[g] = acc251;
  }
  const v410 = (acc16 > 1);
  const v411 = (v410 ? v402 : 0);
  const v413 = $fr(acc16 - 1);
  const v414 = $fr(acc251 / v413);
  const v415 = $fr(Math.sqrt(v414));
  const v416 = $fr(v415 * v406);
  const v417 = (v410 ? v416 : 1);
  const v418 = $fr(v417 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v409 = F_v9[row];
    const v412 = $fr(v409 - v411);
    const v419 = $fr(v412 / v418);
    const v420 = (v412 === 0);
    const v421 = (v420 ? 0 : v419);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw422 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v423 = F_v234[((sw422 !== (-1)) ? (sw422 & 2147483647) : 0)];
      const v424 = ((sw422 !== (-1)) ? v423 : 0);
      const v425 = $fr(v421 + v424);
      const v426 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v427 = $fr(v426);
      const v428 = $fr(v425 * v427);
      const v429 = v424;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v428;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v429;
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