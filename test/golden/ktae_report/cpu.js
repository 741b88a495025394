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
  const u_N = u.N;
  const u_p_bm25_k1 = u.p_bm25_k1;
  const u_p_bm25_b = u.p_bm25_b;
  const u_p_gamma = u.p_gamma;
  const u_p_alpha = u.p_alpha;
  const u_p_beta = u.p_beta;
  const u_p_zero_token_id = u.p_zero_token_id;
  const u_p_top = u.p_top;
  const u_p_epsilon = u.p_epsilon;
  const I_starts = $I_starts;
  const I_members = $I_members;
  const F_token_level_rewards = $F_token_level_rewards;
  const F_v9 = $F_v9;
  const F_v15 = $F_v15;
  const F_v16 = $F_v16;
  const F_v267 = $F_v267;
  const F_v274 = $F_v274;
  const I_response_mask = $I_response_mask;
  const F_v19 = $F_v19;
  const F_v21 = $F_v21;
  const F_v23 = $F_v23;
  const F_v269 = $F_v269;
  const I_kbase = $I_kbase;
  const I_vbase = $I_vbase;
  const H = $H;
  const I_korder = $I_korder;
  const I_responses = $I_responses;
  const F_v64 = $F_v64;
  const F_v65 = $F_v65;
  const F_table197 = $F_table197;
  const F_v197 = $F_v197;
  const F_table212 = $F_table212;
  const F_v220 = $F_v220;
  const F_out_0folds = $F_out_0folds;
  const F_table200 = $F_table200;
  const F_v234 = $F_v234;
  const F_table257 = $F_table257;
  const F_v257 = $F_v257;
  const F_v281 = $F_v281;
  const F_out_advantages = $F_out_advantages;
  const F_out_key_values = $F_out_key_values;
  const F_out_key_a = $F_out_key_a;
  const F_out_key_b = $F_out_key_b;
  const F_out_key_c = $F_out_key_c;
  const F_out_key_d = $F_out_key_d;
  const F_out_key_p_value = $F_out_key_p_value;
  const F_out_key_information_gain = $F_out_key_information_gain;
  const F_out_key_direction = $F_out_key_direction;
  const F_out_rollout_advantage = $F_out_rollout_advantage;
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
  // reduce to group %15, %16, %267, %274
  let acc15 = 0;
  let acc16 = 0;
  let acc267 = Infinity;
  let acc274 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v9[row];
    const v6 = (v5 > 0);
    const v7 = (v6 ? 1 : 0);
    acc15 = $fr(acc15 + v7);
    acc16 = $fr(acc16 + 1);
    acc267 = Math.min(acc267, v5);
    acc274 = Math.max(acc274, v5);
  }
  if ((lid === 0)) {
    F_v15[g] = acc15;
    F_v16[g] = acc16;
    F_v267[g] = acc267;
    F_v274[g] = acc274;
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
  // reduce to group %21, %23, %269
  let acc21 = 0;
  let acc23 = 0;
  let acc269 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v8 = F_v19[row];
    const v9 = F_v9[row];
    const v10 = (v9 > 0);
    const v11 = (v10 ? v8 : 0);
    const v12 = (v10 ? 0 : v8);
    const v13 = $fr(v9 - acc267);
    acc21 = $fr(acc21 + v11);
    acc23 = $fr(acc23 + v12);
    acc269 = $fr(acc269 + v13);
  }
  if ((lid === 0)) {
    F_v21[g] = acc21;
    F_v23[g] = acc23;
    F_v269[g] = acc269;
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
  // key-map %64: once per distinct key of the group
  const nkeys64 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys64 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v23 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
    F_v64[slot] = $fr(acc15 - v23);
  }
  const v24 = $fr(acc16 - acc15);
  // key-map %65: once per distinct key of the group
  const nkeys65 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys65 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v25 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
    F_v65[slot] = $fr(v24 - v25);
  }
  // count table %197: its value for every presence count pair of the group (when fewer than its keys)
  const tabled197 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled197) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v26 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v27 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v26);
      const v28 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v29 = $fr(v28 + v26);
      const v30 = $fr(v24 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v31 = $fr(v29 + v30);
      const v32 = $fr(v27 / v31);
      const v33 = (-v32);
      const v34 = $fr(Math.log2(v32));
      const v35 = $fr(v33 * v34);
      const v36 = (v32 > 0);
      const v37 = (v36 ? v35 : 0);
      const v38 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v30);
      const v39 = $fr(v38 / v31);
      const v40 = (-v39);
      const v41 = $fr(Math.log2(v39));
      const v42 = $fr(v40 * v41);
      const v43 = (v39 > 0);
      const v44 = (v43 ? v42 : 0);
      const v45 = $fr(v37 + v44);
      const v46 = $fr(v28 / v31);
      const v47 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v28);
      const v48 = (-v47);
      const v49 = $fr(Math.log2(v47));
      const v50 = $fr(v48 * v49);
      const v51 = (v47 > 0);
      const v52 = (v51 ? v50 : 0);
      const v53 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v28);
      const v54 = (-v53);
      const v55 = $fr(Math.log2(v53));
      const v56 = $fr(v54 * v55);
      const v57 = (v53 > 0);
      const v58 = (v57 ? v56 : 0);
      const v59 = $fr(v52 + v58);
      const v60 = (v28 > 0);
      const v61 = (v60 ? v59 : 0);
      const v62 = $fr(v46 * v61);
      const v63 = $fr(v26 + v30);
      const v64 = $fr(v63 / v31);
      const v65 = $fr(v26 / v63);
      const v66 = (-v65);
      const v67 = $fr(Math.log2(v65));
      const v68 = $fr(v66 * v67);
      const v69 = (v65 > 0);
      const v70 = (v69 ? v68 : 0);
      const v71 = $fr(v30 / v63);
      const v72 = (-v71);
      const v73 = $fr(Math.log2(v71));
      const v74 = $fr(v72 * v73);
      const v75 = (v71 > 0);
      const v76 = (v75 ? v74 : 0);
      const v77 = $fr(v70 + v76);
      const v78 = (v63 > 0);
      const v79 = (v78 ? v77 : 0);
      const v80 = $fr(v64 * v79);
      const v81 = $fr(v62 + v80);
      const v82 = $fr(v45 - v81);
      const v83 = (v31 > 0);
      const v84 = (v83 ? v82 : 0);
      F_table197[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v84;
    }
  }
  // key-map %197: once per distinct key of the group
  const nkeys197 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys197 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v85 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
    const v86 = F_v64[slot];
    const v87 = $fr(v85 + v86);
    const v88 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
    const v89 = $fr(v85 + v88);
    const v90 = $fr(v89 + v86);
    const v91 = F_v65[slot];
    const v92 = $fr(v90 + v91);
    const v93 = $fr(v87 / v92);
    const v94 = (-v93);
    const v95 = $fr(Math.log2(v93));
    const v96 = $fr(v94 * v95);
    const v97 = (v93 > 0);
    const v98 = (v97 ? v96 : 0);
    const v99 = $fr(v88 + v91);
    const v100 = $fr(v99 / v92);
    const v101 = (-v100);
    const v102 = $fr(Math.log2(v100));
    const v103 = $fr(v101 * v102);
    const v104 = (v100 > 0);
    const v105 = (v104 ? v103 : 0);
    const v106 = $fr(v98 + v105);
    const v107 = $fr(v89 / v92);
    const v108 = $fr(v85 / v89);
    const v109 = (-v108);
    const v110 = $fr(Math.log2(v108));
    const v111 = $fr(v109 * v110);
    const v112 = (v108 > 0);
    const v113 = (v112 ? v111 : 0);
    const v114 = $fr(v88 / v89);
    const v115 = (-v114);
    const v116 = $fr(Math.log2(v114));
    const v117 = $fr(v115 * v116);
    const v118 = (v114 > 0);
    const v119 = (v118 ? v117 : 0);
    const v120 = $fr(v113 + v119);
    const v121 = (v89 > 0);
    const v122 = (v121 ? v120 : 0);
    const v123 = $fr(v107 * v122);
    const v124 = $fr(v86 + v91);
    const v125 = $fr(v124 / v92);
    const v126 = $fr(v86 / v124);
    const v127 = (-v126);
    const v128 = $fr(Math.log2(v126));
    const v129 = $fr(v127 * v128);
    const v130 = (v126 > 0);
    const v131 = (v130 ? v129 : 0);
    const v132 = $fr(v91 / v124);
    const v133 = (-v132);
    const v134 = $fr(Math.log2(v132));
    const v135 = $fr(v133 * v134);
    const v136 = (v132 > 0);
    const v137 = (v136 ? v135 : 0);
    const v138 = $fr(v131 + v137);
    const v139 = (v124 > 0);
    const v140 = (v139 ? v138 : 0);
    const v141 = $fr(v125 * v140);
    const v142 = $fr(v123 + v141);
    const v143 = $fr(v106 - v142);
    const v144 = (v92 > 0);
    F_v197[slot] = (v144 ? v143 : 0);
  }
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const tabled212 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled212) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v145 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v146 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v145);
      const v147 = $fr(v146 + 1.000000013351432e-10);
      const v148 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v147);
      const v149 = Math.min(Math.max(v148, 0), 1);
      const v150 = $fr(Math.sqrt(v149));
      const v151 = adv_asin(v150);
      const v152 = $fr(v24 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v153 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v152);
      const v154 = $fr(v153 + 1.000000013351432e-10);
      const v155 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v154);
      const v156 = Math.min(Math.max(v155, 0), 1);
      const v157 = $fr(Math.sqrt(v156));
      const v158 = adv_asin(v157);
      const v159 = $fr(v151 - v158);
      F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v159;
    }
  }
  const v180 = $fr(u_p_bm25_k1 + 1);
  const v182 = $fr(1 - u_p_bm25_b);
  const v183 = $fr(u_p_bm25_b * acc21);
  const v184 = $fr(acc21 + acc23);
  const v185 = $fr(v184 / 2);
  const v186 = $fr(v183 / v185);
  const v187 = $fr(v182 + v186);
  const v188 = $fr(u_p_bm25_k1 * v187);
  const v191 = (acc21 > 0);
  const v196 = $fr(u_p_bm25_b * acc23);
  const v197 = $fr(acc23 + acc21);
  const v198 = $fr(v197 / 2);
  const v199 = $fr(v196 / v198);
  const v200 = $fr(v182 + v199);
  const v201 = $fr(u_p_bm25_k1 * v200);
  const v204 = (acc23 > 0);
  const v211 = (u_p_gamma !== 0);
  // key-map %220: once per distinct key of the group
  const nkeys220 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys220 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v160 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
    const v161 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
    let v162 = 0;
    if (tabled212) {
      v162 = F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v160 > 0 ? (v160 < 4294967296 ? v160 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v161 > 0 ? (v161 < 4294967296 ? v161 >>> 0 | 0 : -1) : 0) | 0) | 0)];
    } else {
      const v163 = F_v64[slot];
      const v164 = $fr(v160 + v163);
      const v165 = $fr(v164 + 1.000000013351432e-10);
      const v166 = $fr(v160 / v165);
      const v167 = Math.min(Math.max(v166, 0), 1);
      const v168 = $fr(Math.sqrt(v167));
      const v169 = adv_asin(v168);
      const v170 = F_v65[slot];
      const v171 = $fr(v161 + v170);
      const v172 = $fr(v171 + 1.000000013351432e-10);
      const v173 = $fr(v161 / v172);
      const v174 = Math.min(Math.max(v173, 0), 1);
      const v175 = $fr(Math.sqrt(v174));
      const v176 = adv_asin(v175);
      v162 = $fr(v169 - v176);
    }
    const v177 = v162;
    const v178 = $fr(H[(u_oh_acc33 + slot | 0)] >>> 0);
    const v179 = $fr(v178 / acc21);
    const v181 = $fr(v179 * v180);
    const v189 = $fr(v179 + v188);
    const v190 = $fr(v181 / v189);
    const v192 = (v191 ? v190 : 0);
    const v193 = $fr(H[(u_oh_acc51 + slot | 0)] >>> 0);
    const v194 = $fr(v193 / acc23);
    const v195 = $fr(v194 * v180);
    const v202 = $fr(v194 + v201);
    const v203 = $fr(v195 / v202);
    const v205 = (v204 ? v203 : 0);
    const v206 = $fr(v205 + 0.000009999999747378752);
    const v207 = $fr(v192 / v206);
    const v208 = $fr(v192 + 0.000009999999747378752);
    const v209 = $fr(v205 / v208);
    const v210 = $fr(v207 - v209);
    const v212 = (v211 ? v210 : 0);
    F_v220[slot] = $fr(v177 + v212);
  }
  const v213 = (u_p_alpha !== 0);
  const v357 = (u_p_beta !== 0);
  // count table %200: its value for every presence count pair of the group (when fewer than its keys)
  const tabled200 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled200) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v214 = 0;
      if (v213) {
        const v215 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v216 = $fr(v215 + $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v217 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v218 = $fr(v216 + v217);
        const v219 = $fr(v215 + v217);
        const v220 = $fr(v24 - $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v221 = $fr(v219 + v220);
        const v222 = $fr(v218 - v221);
        const v223 = Math.max(0, v222);
        const v224 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v217);
        const v225 = Math.min(v215, v224);
        const v226 = (v223 === v225);
        let v227 = 0;
        if (v226) {
          v227 = 0;
        } else {
          const v230 = $fr(v215 + v224);
          const v231 = $fr(v230 - v221);
          const v232 = Math.max(0, v231);
          const v233 = $i32f(v232);
          const v234 = $i32f(v225);
          const lo228 = v233;
          const hi229 = v234;
          const v235 = $fr(v224 + 1);
          const v236 = adv_lgamma(v235);
          const v237 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
          const v238 = adv_lgamma(v237);
          const v239 = $fr(v236 - v238);
          const v240 = $fr(v224 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v241 = $fr(v240 + 1);
          const v242 = adv_lgamma(v241);
          const v243 = $fr(v239 - v242);
          const v244 = $fr(v221 - v224);
          const v245 = $fr(v215 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v246 = $fr(v244 + 1);
          const v247 = adv_lgamma(v246);
          const v248 = $fr(v245 + 1);
          const v249 = adv_lgamma(v248);
          const v250 = $fr(v247 - v249);
          const v251 = $fr(v244 - v245);
          const v252 = $fr(v251 + 1);
          const v253 = adv_lgamma(v252);
          const v254 = $fr(v250 - v253);
          const v255 = $fr(v243 + v254);
          const v256 = $fr(v221 + 1);
          const v257 = adv_lgamma(v256);
          const v258 = $fr(v215 + 1);
          const v259 = adv_lgamma(v258);
          const v260 = $fr(v257 - v259);
          const v261 = $fr(v221 - v215);
          const v262 = $fr(v261 + 1);
          const v263 = adv_lgamma(v262);
          const v264 = $fr(v260 - v263);
          const v265 = $fr(v255 - v264);
          const v266 = $fr(v265 + 0.000009999999747378752);
          let fold268 = 0;
          if ((hi229 >= lo228)) {
            if (((hi229 - lo228 | 0) >>> 0 < 1048576 >>> 0)) {
              for (let n290 = 0; (n290 >>> 0 <= (hi229 - lo228 | 0) >>> 0); n290 = (n290 + 1 | 0)) {
                const k267 = (lo228 + n290 | 0);
                const v269 = $fr(k267);
                const v270 = $fr(v269 + 1);
                const v271 = adv_lgamma(v270);
                const v272 = $fr(v236 - v271);
                const v273 = $fr(v224 - v269);
                const v274 = $fr(v273 + 1);
                const v275 = adv_lgamma(v274);
                const v276 = $fr(v272 - v275);
                const v277 = $fr(v215 - v269);
                const v278 = $fr(v277 + 1);
                const v279 = adv_lgamma(v278);
                const v280 = $fr(v247 - v279);
                const v281 = $fr(v244 - v277);
                const v282 = $fr(v281 + 1);
                const v283 = adv_lgamma(v282);
                const v284 = $fr(v280 - v283);
                const v285 = $fr(v276 + v284);
                const v286 = $fr(v285 - v264);
                const v287 = $fr(Math.exp(v286));
                const v288 = (v286 <= v266);
                const v289 = (v288 ? v287 : 0);
                fold268 = $fr(fold268 + v289);
              }
            } else {
              F_out_0folds[g] = Math.max(F_out_0folds[g], 2);
            }
          }
          const v291 = fold268;
          const v292 = $fr((-2) * v291);
          const v293 = $fr(Math.exp(v292));
          v227 = v293;
        }
        const v294 = v227;
        const v295 = $fr(u_p_alpha * v294);
        v214 = v295;
      } else {
        v214 = 0;
      }
      const v296 = v214;
      const v297 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v298 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v297);
      const v299 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v300 = $fr(v299 + v297);
      const v301 = $fr(v24 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v302 = $fr(v300 + v301);
      const v303 = $fr(v298 / v302);
      const v304 = (-v303);
      const v305 = $fr(Math.log2(v303));
      const v306 = $fr(v304 * v305);
      const v307 = (v303 > 0);
      const v308 = (v307 ? v306 : 0);
      const v309 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v301);
      const v310 = $fr(v309 / v302);
      const v311 = (-v310);
      const v312 = $fr(Math.log2(v310));
      const v313 = $fr(v311 * v312);
      const v314 = (v310 > 0);
      const v315 = (v314 ? v313 : 0);
      const v316 = $fr(v308 + v315);
      const v317 = $fr(v299 / v302);
      const v318 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v299);
      const v319 = (-v318);
      const v320 = $fr(Math.log2(v318));
      const v321 = $fr(v319 * v320);
      const v322 = (v318 > 0);
      const v323 = (v322 ? v321 : 0);
      const v324 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v299);
      const v325 = (-v324);
      const v326 = $fr(Math.log2(v324));
      const v327 = $fr(v325 * v326);
      const v328 = (v324 > 0);
      const v329 = (v328 ? v327 : 0);
      const v330 = $fr(v323 + v329);
      const v331 = (v299 > 0);
      const v332 = (v331 ? v330 : 0);
      const v333 = $fr(v317 * v332);
      const v334 = $fr(v297 + v301);
      const v335 = $fr(v334 / v302);
      const v336 = $fr(v297 / v334);
      const v337 = (-v336);
      const v338 = $fr(Math.log2(v336));
      const v339 = $fr(v337 * v338);
      const v340 = (v336 > 0);
      const v341 = (v340 ? v339 : 0);
      const v342 = $fr(v301 / v334);
      const v343 = (-v342);
      const v344 = $fr(Math.log2(v342));
      const v345 = $fr(v343 * v344);
      const v346 = (v342 > 0);
      const v347 = (v346 ? v345 : 0);
      const v348 = $fr(v341 + v347);
      const v349 = (v334 > 0);
      const v350 = (v349 ? v348 : 0);
      const v351 = $fr(v335 * v350);
      const v352 = $fr(v333 + v351);
      const v353 = $fr(v316 - v352);
      const v354 = (v302 > 0);
      const v355 = (v354 ? v353 : 0);
      const v356 = $fr(u_p_beta * v355);
      const v358 = (v357 ? v356 : 0);
      const v359 = $fr(v296 + v358);
      F_table200[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v359;
    }
  }
  const v360 = (acc15 > 0);
  const v361 = (v24 > 0);
  const v362 = (v360 && v361);
  const v459 = $fr(u_p_alpha + u_p_beta);
  // key-map %234: once per distinct key of the group
  const nkeys234 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys234 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v363 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
    const v364 = (v363 !== u_p_zero_token_id);
    const v365 = (v362 && v364);
    let v366 = 0;
    if (v365) {
      const v367 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
      const v368 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
      let v369 = 0;
      if (tabled200) {
        v369 = F_table200[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v367 > 0 ? (v367 < 4294967296 ? v367 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v368 > 0 ? (v368 < 4294967296 ? v368 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        let v370 = 0;
        if (v213) {
          const v371 = $fr(v367 + v368);
          const v372 = $fr(v371 + v367);
          const v373 = F_v64[slot];
          const v374 = $fr(v372 + v373);
          const v375 = $fr(v371 + v373);
          const v376 = F_v65[slot];
          const v377 = $fr(v375 + v376);
          const v378 = $fr(v374 - v377);
          const v379 = Math.max(0, v378);
          const v380 = $fr(v367 + v373);
          const v381 = Math.min(v371, v380);
          const v382 = (v379 === v381);
          let v383 = 0;
          if (v382) {
            v383 = 0;
          } else {
            const v386 = $fr(v371 + v380);
            const v387 = $fr(v386 - v377);
            const v388 = Math.max(0, v387);
            const v389 = $i32f(v388);
            const v390 = $i32f(v381);
            const lo384 = v389;
            const hi385 = v390;
            const v391 = $fr(v380 + 1);
            const v392 = adv_lgamma(v391);
            const v393 = $fr(v367 + 1);
            const v394 = adv_lgamma(v393);
            const v395 = $fr(v392 - v394);
            const v396 = $fr(v380 - v367);
            const v397 = $fr(v396 + 1);
            const v398 = adv_lgamma(v397);
            const v399 = $fr(v395 - v398);
            const v400 = $fr(v377 - v380);
            const v401 = $fr(v371 - v367);
            const v402 = $fr(v400 + 1);
            const v403 = adv_lgamma(v402);
            const v404 = $fr(v401 + 1);
            const v405 = adv_lgamma(v404);
            const v406 = $fr(v403 - v405);
            const v407 = $fr(v400 - v401);
            const v408 = $fr(v407 + 1);
            const v409 = adv_lgamma(v408);
            const v410 = $fr(v406 - v409);
            const v411 = $fr(v399 + v410);
            const v412 = $fr(v377 + 1);
            const v413 = adv_lgamma(v412);
            const v414 = $fr(v371 + 1);
            const v415 = adv_lgamma(v414);
            const v416 = $fr(v413 - v415);
            const v417 = $fr(v377 - v371);
            const v418 = $fr(v417 + 1);
            const v419 = adv_lgamma(v418);
            const v420 = $fr(v416 - v419);
            const v421 = $fr(v411 - v420);
            const v422 = $fr(v421 + 0.000009999999747378752);
            let fold424 = 0;
            if ((hi385 >= lo384)) {
              if (((hi385 - lo384 | 0) >>> 0 < 1048576 >>> 0)) {
                for (let n446 = 0; (n446 >>> 0 <= (hi385 - lo384 | 0) >>> 0); n446 = (n446 + 1 | 0)) {
                  const k423 = (lo384 + n446 | 0);
                  const v425 = $fr(k423);
                  const v426 = $fr(v425 + 1);
                  const v427 = adv_lgamma(v426);
                  const v428 = $fr(v392 - v427);
                  const v429 = $fr(v380 - v425);
                  const v430 = $fr(v429 + 1);
                  const v431 = adv_lgamma(v430);
                  const v432 = $fr(v428 - v431);
                  const v433 = $fr(v371 - v425);
                  const v434 = $fr(v433 + 1);
                  const v435 = adv_lgamma(v434);
                  const v436 = $fr(v403 - v435);
                  const v437 = $fr(v400 - v433);
                  const v438 = $fr(v437 + 1);
                  const v439 = adv_lgamma(v438);
                  const v440 = $fr(v436 - v439);
                  const v441 = $fr(v432 + v440);
                  const v442 = $fr(v441 - v420);
                  const v443 = $fr(Math.exp(v442));
                  const v444 = (v442 <= v422);
                  const v445 = (v444 ? v443 : 0);
                  fold424 = $fr(fold424 + v445);
                }
              } else {
                F_out_0folds[g] = Math.max(F_out_0folds[g], 2);
              }
            }
            const v447 = fold424;
            const v448 = $fr((-2) * v447);
            const v449 = $fr(Math.exp(v448));
            v383 = v449;
          }
          const v450 = v383;
          const v451 = $fr(u_p_alpha * v450);
          v370 = v451;
        } else {
          v370 = 0;
        }
        const v452 = v370;
        const v453 = F_v197[slot];
        const v454 = $fr(u_p_beta * v453);
        const v455 = (v357 ? v454 : 0);
        v369 = $fr(v452 + v455);
      }
      const v456 = v369;
      const v457 = F_v220[slot];
      const v458 = $fr(v456 * v457);
      const v460 = $fr(v458 / v459);
      const v461 = $fr(1 / $fr(1 + $fr(Math.exp((-v460)))));
      const v462 = $fr(v461 - 0.5);
      const v463 = $fr(v462 * 2);
      const v464 = $fr(v463 * u_p_top);
      v366 = v464;
    } else {
      v366 = 0;
    }
    F_v234[slot] = v366;
  }
  // count table %257: its value for every presence count pair of the group (when fewer than its keys)
  const tabled257 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled257) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v467 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v468 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v469 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v468);
      const v470 = $fr(v467 + v469);
      const v471 = $fr(v467 + v468);
      const v472 = $fr(v24 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v473 = $fr(v471 + v472);
      const v474 = $fr(v470 - v473);
      const v475 = Math.max(0, v474);
      const v476 = $i32f(v475);
      const v477 = Math.min(v467, v469);
      const v478 = $i32f(v477);
      const lo465 = v476;
      const hi466 = v478;
      const v479 = $fr(v469 + 1);
      const v480 = adv_lgamma(v479);
      const v481 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
      const v482 = adv_lgamma(v481);
      const v483 = $fr(v480 - v482);
      const v484 = $fr(v469 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v485 = $fr(v484 + 1);
      const v486 = adv_lgamma(v485);
      const v487 = $fr(v483 - v486);
      const v488 = $fr(v473 - v469);
      const v489 = $fr(v467 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v490 = $fr(v488 + 1);
      const v491 = adv_lgamma(v490);
      const v492 = $fr(v489 + 1);
      const v493 = adv_lgamma(v492);
      const v494 = $fr(v491 - v493);
      const v495 = $fr(v488 - v489);
      const v496 = $fr(v495 + 1);
      const v497 = adv_lgamma(v496);
      const v498 = $fr(v494 - v497);
      const v499 = $fr(v487 + v498);
      const v500 = $fr(v473 + 1);
      const v501 = adv_lgamma(v500);
      const v502 = $fr(v467 + 1);
      const v503 = adv_lgamma(v502);
      const v504 = $fr(v501 - v503);
      const v505 = $fr(v473 - v467);
      const v506 = $fr(v505 + 1);
      const v507 = adv_lgamma(v506);
      const v508 = $fr(v504 - v507);
      const v509 = $fr(v499 - v508);
      const v510 = $fr(v509 + 0.000009999999747378752);
      let fold512 = 0;
      if ((hi466 >= lo465)) {
        if (((hi466 - lo465 | 0) >>> 0 < 1048576 >>> 0)) {
          for (let n534 = 0; (n534 >>> 0 <= (hi466 - lo465 | 0) >>> 0); n534 = (n534 + 1 | 0)) {
            const k511 = (lo465 + n534 | 0);
            const v513 = $fr(k511);
            const v514 = $fr(v513 + 1);
            const v515 = adv_lgamma(v514);
            const v516 = $fr(v480 - v515);
            const v517 = $fr(v469 - v513);
            const v518 = $fr(v517 + 1);
            const v519 = adv_lgamma(v518);
            const v520 = $fr(v516 - v519);
            const v521 = $fr(v467 - v513);
            const v522 = $fr(v521 + 1);
            const v523 = adv_lgamma(v522);
            const v524 = $fr(v491 - v523);
            const v525 = $fr(v488 - v521);
            const v526 = $fr(v525 + 1);
            const v527 = adv_lgamma(v526);
            const v528 = $fr(v524 - v527);
            const v529 = $fr(v520 + v528);
            const v530 = $fr(v529 - v508);
            const v531 = $fr(Math.exp(v530));
            const v532 = (v530 <= v510);
            const v533 = (v532 ? v531 : 0);
            fold512 = $fr(fold512 + v533);
          }
        } else {
          F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
        }
      }
      const v535 = fold512;
      F_table257[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + i | 0)] = v535;
    }
  }
  // key-map %257: once per distinct key of the group
  const nkeys257 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys257 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v538 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
    const v539 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
    const v540 = $fr(v538 + v539);
    const v541 = F_v64[slot];
    const v542 = $fr(v538 + v541);
    const v543 = $fr(v540 + v542);
    const v544 = $fr(v540 + v541);
    const v545 = F_v65[slot];
    const v546 = $fr(v544 + v545);
    const v547 = $fr(v543 - v546);
    const v548 = Math.max(0, v547);
    const v549 = $i32f(v548);
    const v550 = Math.min(v540, v542);
    const v551 = $i32f(v550);
    const lo536 = v549;
    const hi537 = v551;
    const v552 = $fr(v542 + 1);
    const v553 = adv_lgamma(v552);
    const v554 = $fr(v538 + 1);
    const v555 = adv_lgamma(v554);
    const v556 = $fr(v553 - v555);
    const v557 = $fr(v542 - v538);
    const v558 = $fr(v557 + 1);
    const v559 = adv_lgamma(v558);
    const v560 = $fr(v556 - v559);
    const v561 = $fr(v546 - v542);
    const v562 = $fr(v540 - v538);
    const v563 = $fr(v561 + 1);
    const v564 = adv_lgamma(v563);
    const v565 = $fr(v562 + 1);
    const v566 = adv_lgamma(v565);
    const v567 = $fr(v564 - v566);
    const v568 = $fr(v561 - v562);
    const v569 = $fr(v568 + 1);
    const v570 = adv_lgamma(v569);
    const v571 = $fr(v567 - v570);
    const v572 = $fr(v560 + v571);
    const v573 = $fr(v546 + 1);
    const v574 = adv_lgamma(v573);
    const v575 = $fr(v540 + 1);
    const v576 = adv_lgamma(v575);
    const v577 = $fr(v574 - v576);
    const v578 = $fr(v546 - v540);
    const v579 = $fr(v578 + 1);
    const v580 = adv_lgamma(v579);
    const v581 = $fr(v577 - v580);
    const v582 = $fr(v572 - v581);
    const v583 = $fr(v582 + 0.000009999999747378752);
    let fold585 = 0;
    if ((hi537 >= lo536)) {
      if (((hi537 - lo536 | 0) >>> 0 < 1048576 >>> 0)) {
        for (let n607 = 0; (n607 >>> 0 <= (hi537 - lo536 | 0) >>> 0); n607 = (n607 + 1 | 0)) {
          const k584 = (lo536 + n607 | 0);
          const v586 = $fr(k584);
          const v587 = $fr(v586 + 1);
          const v588 = adv_lgamma(v587);
          const v589 = $fr(v553 - v588);
          const v590 = $fr(v542 - v586);
          const v591 = $fr(v590 + 1);
          const v592 = adv_lgamma(v591);
          const v593 = $fr(v589 - v592);
          const v594 = $fr(v540 - v586);
          const v595 = $fr(v594 + 1);
          const v596 = adv_lgamma(v595);
          const v597 = $fr(v564 - v596);
          const v598 = $fr(v561 - v594);
          const v599 = $fr(v598 + 1);
          const v600 = adv_lgamma(v599);
          const v601 = $fr(v597 - v600);
          const v602 = $fr(v593 + v601);
          const v603 = $fr(v602 - v581);
          const v604 = $fr(Math.exp(v603));
          const v605 = (v603 <= v583);
          const v606 = (v605 ? v604 : 0);
          fold585 = $fr(fold585 + v606);
        }
      } else {
        F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
      }
    }
    F_v257[slot] = fold585;
  }
  // reduce to group %281
  const v609 = $fr(acc269 / acc16);
  const v610 = $fr(acc267 + v609);
  const v612 = $fr(acc274 - acc267);
  const v613 = (v612 > 0);
  const v614 = (v613 ? v612 : 1);
  let acc281 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v608 = F_v9[row];
    const v611 = $fr(v608 - v610);
    const v615 = $fr(v611 / v614);
    const v616 = $fr(v615 * v615);
    acc281 = $fr(acc281 + v616);
  }
  if ((lid === 0)) {
    F_v281[g] = acc281;
  }
  const v618 = (acc16 > 1);
  const v619 = (v618 ? v610 : 0);
  const v621 = $fr(acc16 - 1);
  const v622 = $fr(acc281 / v621);
  const v623 = $fr(Math.sqrt(v622));
  const v624 = $fr(v623 * v614);
  const v625 = (v618 ? v624 : 1);
  const v626 = $fr(v625 + u_p_epsilon);
  // outputs out_advantages, out_key_values, out_key_a, out_key_b, out_key_c, out_key_d, out_key_p_value, out_key_information_gain, out_key_direction
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v617 = F_v9[row];
    const v620 = $fr(v617 - v619);
    const v627 = $fr(v620 / v626);
    const v628 = (v620 === 0);
    const v629 = (v628 ? 0 : v627);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw630 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v631 = F_v234[((sw630 !== (-1)) ? (sw630 & 2147483647) : 0)];
      const v632 = ((sw630 !== (-1)) ? v631 : 0);
      const v633 = $fr(v629 + v632);
      const v634 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v635 = $fr(v634);
      const v636 = $fr(v633 * v635);
      const v637 = v632;
      const v638 = $fr(H[(u_oh_acc27 + ((sw630 !== (-1)) ? (sw630 & 2147483647) : 0) | 0)] >>> 0);
      const v639 = ((sw630 !== (-1)) ? v638 : 0);
      const v640 = v639;
      const v641 = $fr(H[(u_oh_acc31 + ((sw630 !== (-1)) ? (sw630 & 2147483647) : 0) | 0)] >>> 0);
      const v642 = ((sw630 !== (-1)) ? v641 : 0);
      const v643 = v642;
      const v644 = F_v64[((sw630 !== (-1)) ? (sw630 & 2147483647) : 0)];
      const v645 = ((sw630 !== (-1)) ? v644 : 0);
      const v646 = v645;
      const v647 = F_v65[((sw630 !== (-1)) ? (sw630 & 2147483647) : 0)];
      const v648 = ((sw630 !== (-1)) ? v647 : 0);
      const v649 = v648;
      const v650 = F_v257[((sw630 !== (-1)) ? (sw630 & 2147483647) : 0)];
      const v651 = ((sw630 !== (-1)) ? v650 : 0);
      const v652 = v651;
      const v653 = F_v197[((sw630 !== (-1)) ? (sw630 & 2147483647) : 0)];
      const v654 = ((sw630 !== (-1)) ? v653 : 0);
      const v655 = v654;
      const v656 = F_v220[((sw630 !== (-1)) ? (sw630 & 2147483647) : 0)];
      const v657 = ((sw630 !== (-1)) ? v656 : 0);
      const v658 = v657;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v636;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v637;
      F_out_key_a[(Math.imul(row, u_T) + t | 0)] = v640;
      F_out_key_b[(Math.imul(row, u_T) + t | 0)] = v643;
      F_out_key_c[(Math.imul(row, u_T) + t | 0)] = v646;
      F_out_key_d[(Math.imul(row, u_T) + t | 0)] = v649;
      F_out_key_p_value[(Math.imul(row, u_T) + t | 0)] = v652;
      F_out_key_information_gain[(Math.imul(row, u_T) + t | 0)] = v655;
      F_out_key_direction[(Math.imul(row, u_T) + t | 0)] = v658;
    }
  }
  // outputs out_rollout_advantage
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v659 = F_v9[row];
    const v660 = $fr(v659 - v619);
    const v661 = $fr(v660 / v626);
    const v662 = (v660 === 0);
    const v663 = (v662 ? 0 : v661);
    F_out_rollout_advantage[row] = v663;
  }
}
let u, $H, $F_token_level_rewards, $F_v9, $F_v15, $F_v16, $F_v267, $F_v274, $F_v19, $F_v21, $F_v23, $F_v269, $F_v64, $F_v65, $F_table197, $F_v197, $F_table212, $F_v220, $F_out_0folds, $F_table200, $F_v234, $F_table257, $F_v257, $F_v281, $F_out_advantages, $F_out_key_values, $F_out_key_a, $F_out_key_b, $F_out_key_c, $F_out_key_d, $F_out_key_p_value, $F_out_key_information_gain, $F_out_key_direction, $F_out_rollout_advantage, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase, $I_korder, $I_responses;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v9 = f["v9"];
  $F_v15 = f["v15"];
  $F_v16 = f["v16"];
  $F_v267 = f["v267"];
  $F_v274 = f["v274"];
  $F_v19 = f["v19"];
  $F_v21 = f["v21"];
  $F_v23 = f["v23"];
  $F_v269 = f["v269"];
  $F_v64 = f["v64"];
  $F_v65 = f["v65"];
  $F_table197 = f["table197"];
  $F_v197 = f["v197"];
  $F_table212 = f["table212"];
  $F_v220 = f["v220"];
  $F_out_0folds = f["out_0folds"];
  $F_table200 = f["table200"];
  $F_v234 = f["v234"];
  $F_table257 = f["table257"];
  $F_v257 = f["v257"];
  $F_v281 = f["v281"];
  $F_out_advantages = f["out_advantages"];
  $F_out_key_values = f["out_key_values"];
  $F_out_key_a = f["out_key_a"];
  $F_out_key_b = f["out_key_b"];
  $F_out_key_c = f["out_key_c"];
  $F_out_key_d = f["out_key_d"];
  $F_out_key_p_value = f["out_key_p_value"];
  $F_out_key_information_gain = f["out_key_information_gain"];
  $F_out_key_direction = f["out_key_direction"];
  $F_out_rollout_advantage = f["out_rollout_advantage"];
  $I_starts = i["starts"];
  $I_members = i["members"];
  $I_response_mask = i["response_mask"];
  $I_kbase = i["kbase"];
  $I_vbase = i["vbase"];
  $I_korder = i["korder"];
  $I_responses = i["responses"];
}
return { bind, stage0 };