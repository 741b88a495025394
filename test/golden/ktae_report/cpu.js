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
  const u_oh_acc27 = u.oh_acc27;
  const u_oh_acc31 = u.oh_acc31;
  const u_oh_acc33 = u.oh_acc33;
  const u_oh_acc51 = u.oh_acc51;
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
  const I_response_mask = $I_response_mask;
  const F_v9 = $F_v9;
  const F_v19 = $F_v19;
  const F_v15 = $F_v15;
  const F_v16 = $F_v16;
  const F_v21 = $F_v21;
  const F_v23 = $F_v23;
  const F_v267 = $F_v267;
  const F_v274 = $F_v274;
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
  const F_v269 = $F_v269;
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
  // reduce to rollout %9, %19: one thread per rollout
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[(m0 + (j + 0 | 0) | 0)];
    const row1 = I_members[(m0 + (j + 1 | 0) | 0)];
    const row2 = I_members[(m0 + (j + 2 | 0) | 0)];
    const row3 = I_members[(m0 + (j + 3 | 0) | 0)];
    let acc9_0 = 0;
    let acc19_0 = 0;
    let acc9_1 = 0;
    let acc19_1 = 0;
    let acc9_2 = 0;
    let acc19_2 = 0;
    let acc9_3 = 0;
    let acc19_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
      acc9_0 = $fr(acc9_0 + v0);
      const valid_0 = (I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0);
      acc19_0 = (acc19_0 + (valid_0 ? 1 : 0) | 0);
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc9_1 = $fr(acc9_1 + v1);
      const valid_1 = (I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0);
      acc19_1 = (acc19_1 + (valid_1 ? 1 : 0) | 0);
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc9_2 = $fr(acc9_2 + v2);
      const valid_2 = (I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0);
      acc19_2 = (acc19_2 + (valid_2 ? 1 : 0) | 0);
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc9_3 = $fr(acc9_3 + v3);
      const valid_3 = (I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0);
      acc19_3 = (acc19_3 + (valid_3 ? 1 : 0) | 0);
    }
    F_v9[row0] = acc9_0;
    F_v19[row0] = $fr(acc19_0 >>> 0);
    F_v9[row1] = acc9_1;
    F_v19[row1] = $fr(acc19_1 >>> 0);
    F_v9[row2] = acc9_2;
    F_v19[row2] = $fr(acc19_2 >>> 0);
    F_v9[row3] = acc9_3;
    F_v19[row3] = $fr(acc19_3 >>> 0);
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc9 = 0;
    let acc19 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc9 = $fr(acc9 + v4);
      const valid = (I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0);
      acc19 = (acc19 + (valid ? 1 : 0) | 0);
    }
    F_v9[row] = acc9;
    F_v19[row] = $fr(acc19 >>> 0);
  }
  // reduce to group %15, %16, %21, %23, %267, %274
  let acc15 = 0;
  let acc16 = 0;
  let acc21 = 0;
  let acc23 = 0;
  let acc267 = Infinity;
  let acc274 = (-Infinity);
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v9[row];
    const v6 = (v5 > 0);
    const v7 = (v6 ? 1 : 0);
    const v8 = F_v19[row];
    const v9 = (v6 ? v8 : 0);
    const v10 = (v6 ? 0 : v8);
    acc15 = $fr(acc15 + v7);
    acc16 = (acc16 + 1 | 0);
    acc21 = $fr(acc21 + v9);
    acc23 = $fr(acc23 + v10);
    acc267 = Math.min(acc267, v5);
    acc274 = Math.max(acc274, v5);
  }
  if ((lid === 0)) {
    F_v15[g] = acc15;
    F_v16[g] = $fr(acc16 >>> 0);
    F_v21[g] = acc21;
    F_v23[g] = acc23;
    F_v267[g] = acc267;
    F_v274[g] = acc274;
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
      const v13 = F_v9[row];
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
                H[(u_oh_acc27 + r | 0)] = 0;
                H[(u_oh_acc31 + r | 0)] = 0;
                H[(u_oh_acc33 + r | 0)] = 0;
                H[(u_oh_acc51 + r | 0)] = 0;
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
              H[((v14 ? u_oh_acc27 : u_oh_acc31) + (word & 2147483647) | 0)] = (H[((v14 ? u_oh_acc27 : u_oh_acc31) + (word & 2147483647) | 0)] + add | 0);
            }
            {
              const a18 = (v14 ? 1 : 0);
              const a19 = (v14 ? 0 : 1);
              const add = (a18 + a19 | 0);
              H[((v14 ? u_oh_acc33 : u_oh_acc51) + (word & 2147483647) | 0)] = (H[((v14 ? u_oh_acc33 : u_oh_acc51) + (word & 2147483647) | 0)] + add | 0);
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
    const v20 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
    F_v64[slot] = $fr(acc15 - v20);
  }
  const v21 = $fr($fr(acc16 >>> 0) - acc15);
  // key-map %65: once per distinct key of the group
  const nkeys65 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys65 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v22 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
    F_v65[slot] = $fr(v21 - v22);
  }
  let bound27 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v23 = F_v9[row];
    const v24 = (v23 > 0);
    bound27 = (bound27 + (v24 ? 1 : 0) | 0);
  }
  let bound31 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v25 = F_v9[row];
    const v26 = (v25 > 0);
    const v27 = (!v26);
    bound31 = (bound31 + (v27 ? 1 : 0) | 0);
  }
  // count table %197: its value for every presence count pair of the group (when fewer than its keys)
  const tabled197 = (Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled197) {
    for (let i = lid; (i >>> 0 < Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v28 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v29 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v28);
      const v30 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v31 = $fr(v30 + v28);
      const v32 = $fr(v21 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v33 = $fr(v31 + v32);
      const v34 = $fr(v29 / v33);
      const v35 = (-v34);
      const v36 = $fr(Math.log2(v34));
      const v37 = $fr(v35 * v36);
      const v38 = (v34 > 0);
      const v39 = (v38 ? v37 : 0);
      const v40 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) + v32);
      const v41 = $fr(v40 / v33);
      const v42 = (-v41);
      const v43 = $fr(Math.log2(v41));
      const v44 = $fr(v42 * v43);
      const v45 = (v41 > 0);
      const v46 = (v45 ? v44 : 0);
      const v47 = $fr(v39 + v46);
      const v48 = $fr(v30 / v33);
      const v49 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) / v30);
      const v50 = (-v49);
      const v51 = $fr(Math.log2(v49));
      const v52 = $fr(v50 * v51);
      const v53 = (v49 > 0);
      const v54 = (v53 ? v52 : 0);
      const v55 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) / v30);
      const v56 = (-v55);
      const v57 = $fr(Math.log2(v55));
      const v58 = $fr(v56 * v57);
      const v59 = (v55 > 0);
      const v60 = (v59 ? v58 : 0);
      const v61 = $fr(v54 + v60);
      const v62 = (v30 > 0);
      const v63 = (v62 ? v61 : 0);
      const v64 = $fr(v48 * v63);
      const v65 = $fr(v28 + v32);
      const v66 = $fr(v65 / v33);
      const v67 = $fr(v28 / v65);
      const v68 = (-v67);
      const v69 = $fr(Math.log2(v67));
      const v70 = $fr(v68 * v69);
      const v71 = (v67 > 0);
      const v72 = (v71 ? v70 : 0);
      const v73 = $fr(v32 / v65);
      const v74 = (-v73);
      const v75 = $fr(Math.log2(v73));
      const v76 = $fr(v74 * v75);
      const v77 = (v73 > 0);
      const v78 = (v77 ? v76 : 0);
      const v79 = $fr(v72 + v78);
      const v80 = (v65 > 0);
      const v81 = (v80 ? v79 : 0);
      const v82 = $fr(v66 * v81);
      const v83 = $fr(v64 + v82);
      const v84 = $fr(v47 - v83);
      const v85 = (v33 > 0);
      const v86 = (v85 ? v84 : 0);
      F_table197[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound31 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound31 + 1 | 0)) | 0) | 0)] = v86;
    }
  }
  // key-map %197: once per distinct key of the group
  const nkeys197 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys197 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v87 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
    const v88 = F_v64[slot];
    const v89 = $fr(v87 + v88);
    const v90 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
    const v91 = $fr(v87 + v90);
    const v92 = $fr(v91 + v88);
    const v93 = F_v65[slot];
    const v94 = $fr(v92 + v93);
    const v95 = $fr(v89 / v94);
    const v96 = (-v95);
    const v97 = $fr(Math.log2(v95));
    const v98 = $fr(v96 * v97);
    const v99 = (v95 > 0);
    const v100 = (v99 ? v98 : 0);
    const v101 = $fr(v90 + v93);
    const v102 = $fr(v101 / v94);
    const v103 = (-v102);
    const v104 = $fr(Math.log2(v102));
    const v105 = $fr(v103 * v104);
    const v106 = (v102 > 0);
    const v107 = (v106 ? v105 : 0);
    const v108 = $fr(v100 + v107);
    const v109 = $fr(v91 / v94);
    const v110 = $fr(v87 / v91);
    const v111 = (-v110);
    const v112 = $fr(Math.log2(v110));
    const v113 = $fr(v111 * v112);
    const v114 = (v110 > 0);
    const v115 = (v114 ? v113 : 0);
    const v116 = $fr(v90 / v91);
    const v117 = (-v116);
    const v118 = $fr(Math.log2(v116));
    const v119 = $fr(v117 * v118);
    const v120 = (v116 > 0);
    const v121 = (v120 ? v119 : 0);
    const v122 = $fr(v115 + v121);
    const v123 = (v91 > 0);
    const v124 = (v123 ? v122 : 0);
    const v125 = $fr(v109 * v124);
    const v126 = $fr(v88 + v93);
    const v127 = $fr(v126 / v94);
    const v128 = $fr(v88 / v126);
    const v129 = (-v128);
    const v130 = $fr(Math.log2(v128));
    const v131 = $fr(v129 * v130);
    const v132 = (v128 > 0);
    const v133 = (v132 ? v131 : 0);
    const v134 = $fr(v93 / v126);
    const v135 = (-v134);
    const v136 = $fr(Math.log2(v134));
    const v137 = $fr(v135 * v136);
    const v138 = (v134 > 0);
    const v139 = (v138 ? v137 : 0);
    const v140 = $fr(v133 + v139);
    const v141 = (v126 > 0);
    const v142 = (v141 ? v140 : 0);
    const v143 = $fr(v127 * v142);
    const v144 = $fr(v125 + v143);
    const v145 = $fr(v108 - v144);
    const v146 = (v94 > 0);
    F_v197[slot] = (v146 ? v145 : 0);
  }
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const tabled212 = (Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled212) {
    for (let i = lid; (i >>> 0 < Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v147 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v148 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v147);
      const v149 = $fr(v148 + 1.000000013351432e-10);
      const v150 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) / v149);
      const v151 = Math.min(Math.max(v150, 0), 1);
      const v152 = $fr(Math.sqrt(v151));
      const v153 = adv_asin(v152);
      const v154 = $fr(v21 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v155 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) + v154);
      const v156 = $fr(v155 + 1.000000013351432e-10);
      const v157 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) / v156);
      const v158 = Math.min(Math.max(v157, 0), 1);
      const v159 = $fr(Math.sqrt(v158));
      const v160 = adv_asin(v159);
      const v161 = $fr(v153 - v160);
      F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound31 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound31 + 1 | 0)) | 0) | 0)] = v161;
    }
  }
  const v182 = $fr(u_p_bm25_k1 + 1);
  const v184 = $fr(1 - u_p_bm25_b);
  const v185 = $fr(u_p_bm25_b * acc21);
  const v186 = $fr(acc21 + acc23);
  const v187 = $fr(v186 / 2);
  const v188 = $fr(v185 / v187);
  const v189 = $fr(v184 + v188);
  const v190 = $fr(u_p_bm25_k1 * v189);
  const v193 = (acc21 > 0);
  const v198 = $fr(u_p_bm25_b * acc23);
  const v199 = $fr(acc23 + acc21);
  const v200 = $fr(v199 / 2);
  const v201 = $fr(v198 / v200);
  const v202 = $fr(v184 + v201);
  const v203 = $fr(u_p_bm25_k1 * v202);
  const v206 = (acc23 > 0);
  const v213 = (u_p_gamma !== 0);
  // key-map %220: once per distinct key of the group
  const nkeys220 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys220 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v162 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
    const v163 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
    let v164 = 0;
    if (tabled212) {
      v164 = F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v162 > 0 ? (v162 < 4294967296 ? v162 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v163 > 0 ? (v163 < 4294967296 ? v163 >>> 0 | 0 : -1) : 0) | 0) | 0)];
    } else {
      const v165 = F_v64[slot];
      const v166 = $fr(v162 + v165);
      const v167 = $fr(v166 + 1.000000013351432e-10);
      const v168 = $fr(v162 / v167);
      const v169 = Math.min(Math.max(v168, 0), 1);
      const v170 = $fr(Math.sqrt(v169));
      const v171 = adv_asin(v170);
      const v172 = F_v65[slot];
      const v173 = $fr(v163 + v172);
      const v174 = $fr(v173 + 1.000000013351432e-10);
      const v175 = $fr(v163 / v174);
      const v176 = Math.min(Math.max(v175, 0), 1);
      const v177 = $fr(Math.sqrt(v176));
      const v178 = adv_asin(v177);
      v164 = $fr(v171 - v178);
    }
    const v179 = v164;
    const v180 = $fr(H[(u_oh_acc33 + slot | 0)] >>> 0);
    const v181 = $fr(v180 / acc21);
    const v183 = $fr(v181 * v182);
    const v191 = $fr(v181 + v190);
    const v192 = $fr(v183 / v191);
    const v194 = (v193 ? v192 : 0);
    const v195 = $fr(H[(u_oh_acc51 + slot | 0)] >>> 0);
    const v196 = $fr(v195 / acc23);
    const v197 = $fr(v196 * v182);
    const v204 = $fr(v196 + v203);
    const v205 = $fr(v197 / v204);
    const v207 = (v206 ? v205 : 0);
    const v208 = $fr(v207 + 0.000009999999747378752);
    const v209 = $fr(v194 / v208);
    const v210 = $fr(v194 + 0.000009999999747378752);
    const v211 = $fr(v207 / v210);
    const v212 = $fr(v209 - v211);
    const v214 = (v213 ? v212 : 0);
    F_v220[slot] = $fr(v179 + v214);
  }
  const v215 = (u_p_alpha !== 0);
  const v359 = (u_p_beta !== 0);
  // count table %200: its value for every presence count pair of the group (when fewer than its keys)
  const tabled200 = (Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled200) {
    for (let i = lid; (i >>> 0 < Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v216 = 0;
      if (v215) {
        const v217 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
        const v218 = $fr(v217 + $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
        const v219 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
        const v220 = $fr(v218 + v219);
        const v221 = $fr(v217 + v219);
        const v222 = $fr(v21 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
        const v223 = $fr(v221 + v222);
        const v224 = $fr(v220 - v223);
        const v225 = Math.max(0, v224);
        const v226 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v219);
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
          const v239 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + 1);
          const v240 = adv_lgamma(v239);
          const v241 = $fr(v238 - v240);
          const v242 = $fr(v226 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
          const v243 = $fr(v242 + 1);
          const v244 = adv_lgamma(v243);
          const v245 = $fr(v241 - v244);
          const v246 = $fr(v223 - v226);
          const v247 = $fr(v217 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
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
              F_out_0folds[g] = Math.max(F_out_0folds[g], 2);
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
      const v299 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v300 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v299);
      const v301 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v302 = $fr(v301 + v299);
      const v303 = $fr(v21 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v304 = $fr(v302 + v303);
      const v305 = $fr(v300 / v304);
      const v306 = (-v305);
      const v307 = $fr(Math.log2(v305));
      const v308 = $fr(v306 * v307);
      const v309 = (v305 > 0);
      const v310 = (v309 ? v308 : 0);
      const v311 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) + v303);
      const v312 = $fr(v311 / v304);
      const v313 = (-v312);
      const v314 = $fr(Math.log2(v312));
      const v315 = $fr(v313 * v314);
      const v316 = (v312 > 0);
      const v317 = (v316 ? v315 : 0);
      const v318 = $fr(v310 + v317);
      const v319 = $fr(v301 / v304);
      const v320 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) / v301);
      const v321 = (-v320);
      const v322 = $fr(Math.log2(v320));
      const v323 = $fr(v321 * v322);
      const v324 = (v320 > 0);
      const v325 = (v324 ? v323 : 0);
      const v326 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) / v301);
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
      const v360 = (v359 ? v358 : 0);
      const v361 = $fr(v298 + v360);
      F_table200[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound31 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound31 + 1 | 0)) | 0) | 0)] = v361;
    }
  }
  const v362 = (acc15 > 0);
  const v363 = (v21 > 0);
  const v364 = (v362 && v363);
  const v461 = $fr(u_p_alpha + u_p_beta);
  // key-map %234: once per distinct key of the group
  const nkeys234 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys234 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v365 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
    const v366 = (v365 !== u_p_zero_token_id);
    const v367 = (v364 && v366);
    let v368 = 0;
    if (v367) {
      const v369 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
      const v370 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
      let v371 = 0;
      if (tabled200) {
        v371 = F_table200[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v369 > 0 ? (v369 < 4294967296 ? v369 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v370 > 0 ? (v370 < 4294967296 ? v370 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        let v372 = 0;
        if (v215) {
          const v373 = $fr(v369 + v370);
          const v374 = $fr(v373 + v369);
          const v375 = F_v64[slot];
          const v376 = $fr(v374 + v375);
          const v377 = $fr(v373 + v375);
          const v378 = F_v65[slot];
          const v379 = $fr(v377 + v378);
          const v380 = $fr(v376 - v379);
          const v381 = Math.max(0, v380);
          const v382 = $fr(v369 + v375);
          const v383 = Math.min(v373, v382);
          const v384 = (v381 === v383);
          let v385 = 0;
          if (v384) {
            v385 = 0;
          } else {
            const v388 = $fr(v373 + v382);
            const v389 = $fr(v388 - v379);
            const v390 = Math.max(0, v389);
            const v391 = $i32f(v390);
            const v392 = $i32f(v383);
            const lo386 = v391;
            const hi387 = v392;
            const v393 = $fr(v382 + 1);
            const v394 = adv_lgamma(v393);
            const v395 = $fr(v369 + 1);
            const v396 = adv_lgamma(v395);
            const v397 = $fr(v394 - v396);
            const v398 = $fr(v382 - v369);
            const v399 = $fr(v398 + 1);
            const v400 = adv_lgamma(v399);
            const v401 = $fr(v397 - v400);
            const v402 = $fr(v379 - v382);
            const v403 = $fr(v373 - v369);
            const v404 = $fr(v402 + 1);
            const v405 = adv_lgamma(v404);
            const v406 = $fr(v403 + 1);
            const v407 = adv_lgamma(v406);
            const v408 = $fr(v405 - v407);
            const v409 = $fr(v402 - v403);
            const v410 = $fr(v409 + 1);
            const v411 = adv_lgamma(v410);
            const v412 = $fr(v408 - v411);
            const v413 = $fr(v401 + v412);
            const v414 = $fr(v379 + 1);
            const v415 = adv_lgamma(v414);
            const v416 = $fr(v373 + 1);
            const v417 = adv_lgamma(v416);
            const v418 = $fr(v415 - v417);
            const v419 = $fr(v379 - v373);
            const v420 = $fr(v419 + 1);
            const v421 = adv_lgamma(v420);
            const v422 = $fr(v418 - v421);
            const v423 = $fr(v413 - v422);
            const v424 = $fr(v423 + 0.000009999999747378752);
            let fold426 = 0;
            if ((hi387 >= lo386)) {
              if (((hi387 - lo386 | 0) >>> 0 < 1048576 >>> 0)) {
                for (let n448 = 0; (n448 >>> 0 <= (hi387 - lo386 | 0) >>> 0); n448 = (n448 + 1 | 0)) {
                  const k425 = (lo386 + n448 | 0);
                  const v427 = $fr(k425);
                  const v428 = $fr(v427 + 1);
                  const v429 = adv_lgamma(v428);
                  const v430 = $fr(v394 - v429);
                  const v431 = $fr(v382 - v427);
                  const v432 = $fr(v431 + 1);
                  const v433 = adv_lgamma(v432);
                  const v434 = $fr(v430 - v433);
                  const v435 = $fr(v373 - v427);
                  const v436 = $fr(v435 + 1);
                  const v437 = adv_lgamma(v436);
                  const v438 = $fr(v405 - v437);
                  const v439 = $fr(v402 - v435);
                  const v440 = $fr(v439 + 1);
                  const v441 = adv_lgamma(v440);
                  const v442 = $fr(v438 - v441);
                  const v443 = $fr(v434 + v442);
                  const v444 = $fr(v443 - v422);
                  const v445 = $fr(Math.exp(v444));
                  const v446 = (v444 <= v424);
                  const v447 = (v446 ? v445 : 0);
                  fold426 = $fr(fold426 + v447);
                }
              } else {
                F_out_0folds[g] = Math.max(F_out_0folds[g], 2);
              }
            }
            const v449 = fold426;
            const v450 = $fr((-2) * v449);
            const v451 = $fr(Math.exp(v450));
            v385 = v451;
          }
          const v452 = v385;
          const v453 = $fr(u_p_alpha * v452);
          v372 = v453;
        } else {
          v372 = 0;
        }
        const v454 = v372;
        const v455 = F_v197[slot];
        const v456 = $fr(u_p_beta * v455);
        const v457 = (v359 ? v456 : 0);
        v371 = $fr(v454 + v457);
      }
      const v458 = v371;
      const v459 = F_v220[slot];
      const v460 = $fr(v458 * v459);
      const v462 = $fr(v460 / v461);
      const v463 = $fr(1 / $fr(1 + $fr(Math.exp((-v462)))));
      const v464 = $fr(v463 - 0.5);
      const v465 = $fr(v464 * 2);
      const v466 = $fr(v465 * u_p_top);
      v368 = v466;
    } else {
      v368 = 0;
    }
    F_v234[slot] = v368;
  }
  // count table %257: its value for every presence count pair of the group (when fewer than its keys)
  const tabled257 = (Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled257) {
    for (let i = lid; (i >>> 0 < Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v469 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v470 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v471 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v470);
      const v472 = $fr(v469 + v471);
      const v473 = $fr(v469 + v470);
      const v474 = $fr(v21 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v475 = $fr(v473 + v474);
      const v476 = $fr(v472 - v475);
      const v477 = Math.max(0, v476);
      const v478 = $i32f(v477);
      const v479 = Math.min(v469, v471);
      const v480 = $i32f(v479);
      const lo467 = v478;
      const hi468 = v480;
      const v481 = $fr(v471 + 1);
      const v482 = adv_lgamma(v481);
      const v483 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + 1);
      const v484 = adv_lgamma(v483);
      const v485 = $fr(v482 - v484);
      const v486 = $fr(v471 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v487 = $fr(v486 + 1);
      const v488 = adv_lgamma(v487);
      const v489 = $fr(v485 - v488);
      const v490 = $fr(v475 - v471);
      const v491 = $fr(v469 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v492 = $fr(v490 + 1);
      const v493 = adv_lgamma(v492);
      const v494 = $fr(v491 + 1);
      const v495 = adv_lgamma(v494);
      const v496 = $fr(v493 - v495);
      const v497 = $fr(v490 - v491);
      const v498 = $fr(v497 + 1);
      const v499 = adv_lgamma(v498);
      const v500 = $fr(v496 - v499);
      const v501 = $fr(v489 + v500);
      const v502 = $fr(v475 + 1);
      const v503 = adv_lgamma(v502);
      const v504 = $fr(v469 + 1);
      const v505 = adv_lgamma(v504);
      const v506 = $fr(v503 - v505);
      const v507 = $fr(v475 - v469);
      const v508 = $fr(v507 + 1);
      const v509 = adv_lgamma(v508);
      const v510 = $fr(v506 - v509);
      const v511 = $fr(v501 - v510);
      const v512 = $fr(v511 + 0.000009999999747378752);
      let fold514 = 0;
      if ((hi468 >= lo467)) {
        if (((hi468 - lo467 | 0) >>> 0 < 1048576 >>> 0)) {
          for (let n536 = 0; (n536 >>> 0 <= (hi468 - lo467 | 0) >>> 0); n536 = (n536 + 1 | 0)) {
            const k513 = (lo467 + n536 | 0);
            const v515 = $fr(k513);
            const v516 = $fr(v515 + 1);
            const v517 = adv_lgamma(v516);
            const v518 = $fr(v482 - v517);
            const v519 = $fr(v471 - v515);
            const v520 = $fr(v519 + 1);
            const v521 = adv_lgamma(v520);
            const v522 = $fr(v518 - v521);
            const v523 = $fr(v469 - v515);
            const v524 = $fr(v523 + 1);
            const v525 = adv_lgamma(v524);
            const v526 = $fr(v493 - v525);
            const v527 = $fr(v490 - v523);
            const v528 = $fr(v527 + 1);
            const v529 = adv_lgamma(v528);
            const v530 = $fr(v526 - v529);
            const v531 = $fr(v522 + v530);
            const v532 = $fr(v531 - v510);
            const v533 = $fr(Math.exp(v532));
            const v534 = (v532 <= v512);
            const v535 = (v534 ? v533 : 0);
            fold514 = $fr(fold514 + v535);
          }
        } else {
          F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
        }
      }
      const v537 = fold514;
      F_table257[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound31 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound31 + 1 | 0)) | 0) | 0)] = v537;
    }
  }
  // key-map %257: once per distinct key of the group
  const nkeys257 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys257 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v540 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
    const v541 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
    const v542 = $fr(v540 + v541);
    const v543 = F_v64[slot];
    const v544 = $fr(v540 + v543);
    const v545 = $fr(v542 + v544);
    const v546 = $fr(v542 + v543);
    const v547 = F_v65[slot];
    const v548 = $fr(v546 + v547);
    const v549 = $fr(v545 - v548);
    const v550 = Math.max(0, v549);
    const v551 = $i32f(v550);
    const v552 = Math.min(v542, v544);
    const v553 = $i32f(v552);
    const lo538 = v551;
    const hi539 = v553;
    const v554 = $fr(v544 + 1);
    const v555 = adv_lgamma(v554);
    const v556 = $fr(v540 + 1);
    const v557 = adv_lgamma(v556);
    const v558 = $fr(v555 - v557);
    const v559 = $fr(v544 - v540);
    const v560 = $fr(v559 + 1);
    const v561 = adv_lgamma(v560);
    const v562 = $fr(v558 - v561);
    const v563 = $fr(v548 - v544);
    const v564 = $fr(v542 - v540);
    const v565 = $fr(v563 + 1);
    const v566 = adv_lgamma(v565);
    const v567 = $fr(v564 + 1);
    const v568 = adv_lgamma(v567);
    const v569 = $fr(v566 - v568);
    const v570 = $fr(v563 - v564);
    const v571 = $fr(v570 + 1);
    const v572 = adv_lgamma(v571);
    const v573 = $fr(v569 - v572);
    const v574 = $fr(v562 + v573);
    const v575 = $fr(v548 + 1);
    const v576 = adv_lgamma(v575);
    const v577 = $fr(v542 + 1);
    const v578 = adv_lgamma(v577);
    const v579 = $fr(v576 - v578);
    const v580 = $fr(v548 - v542);
    const v581 = $fr(v580 + 1);
    const v582 = adv_lgamma(v581);
    const v583 = $fr(v579 - v582);
    const v584 = $fr(v574 - v583);
    const v585 = $fr(v584 + 0.000009999999747378752);
    let fold587 = 0;
    if ((hi539 >= lo538)) {
      if (((hi539 - lo538 | 0) >>> 0 < 1048576 >>> 0)) {
        for (let n609 = 0; (n609 >>> 0 <= (hi539 - lo538 | 0) >>> 0); n609 = (n609 + 1 | 0)) {
          const k586 = (lo538 + n609 | 0);
          const v588 = $fr(k586);
          const v589 = $fr(v588 + 1);
          const v590 = adv_lgamma(v589);
          const v591 = $fr(v555 - v590);
          const v592 = $fr(v544 - v588);
          const v593 = $fr(v592 + 1);
          const v594 = adv_lgamma(v593);
          const v595 = $fr(v591 - v594);
          const v596 = $fr(v542 - v588);
          const v597 = $fr(v596 + 1);
          const v598 = adv_lgamma(v597);
          const v599 = $fr(v566 - v598);
          const v600 = $fr(v563 - v596);
          const v601 = $fr(v600 + 1);
          const v602 = adv_lgamma(v601);
          const v603 = $fr(v599 - v602);
          const v604 = $fr(v595 + v603);
          const v605 = $fr(v604 - v583);
          const v606 = $fr(Math.exp(v605));
          const v607 = (v605 <= v585);
          const v608 = (v607 ? v606 : 0);
          fold587 = $fr(fold587 + v608);
        }
      } else {
        F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
      }
    }
    F_v257[slot] = fold587;
  }
  // reduce to group %269
  let acc269 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v610 = F_v9[row];
    const v611 = $fr(v610 - acc267);
    acc269 = $fr(acc269 + v611);
  }
  if ((lid === 0)) {
    F_v269[g] = acc269;
  }
  // reduce to group %281
  const v613 = $fr(acc269 / $fr(acc16 >>> 0));
  const v614 = $fr(acc267 + v613);
  const v616 = $fr(acc274 - acc267);
  const v617 = (v616 > 0);
  const v618 = (v617 ? v616 : 1);
  let acc281 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v612 = F_v9[row];
    const v615 = $fr(v612 - v614);
    const v619 = $fr(v615 / v618);
    const v620 = $fr(v619 * v619);
    acc281 = $fr(acc281 + v620);
  }
  if ((lid === 0)) {
    F_v281[g] = acc281;
  }
  const v622 = ($fr(acc16 >>> 0) > 1);
  const v623 = (v622 ? v614 : 0);
  const v625 = $fr($fr(acc16 >>> 0) - 1);
  const v626 = $fr(acc281 / v625);
  const v627 = $fr(Math.sqrt(v626));
  const v628 = $fr(v627 * v618);
  const v629 = (v622 ? v628 : 1);
  const v630 = $fr(v629 + u_p_epsilon);
  // outputs out_advantages, out_key_values, out_key_a, out_key_b, out_key_c, out_key_d, out_key_p_value, out_key_information_gain, out_key_direction
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v621 = F_v9[row];
    const v624 = $fr(v621 - v623);
    const v631 = $fr(v624 / v630);
    const v632 = (v624 === 0);
    const v633 = (v632 ? 0 : v631);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw634 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v635 = F_v234[((sw634 !== (-1)) ? (sw634 & 2147483647) : 0)];
      const v636 = ((sw634 !== (-1)) ? v635 : 0);
      const v637 = $fr(v633 + v636);
      const v638 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v639 = $fr(v638);
      const v640 = $fr(v637 * v639);
      const v641 = v636;
      const v642 = $fr(H[(u_oh_acc27 + ((sw634 !== (-1)) ? (sw634 & 2147483647) : 0) | 0)] >>> 0);
      const v643 = ((sw634 !== (-1)) ? v642 : 0);
      const v644 = v643;
      const v645 = $fr(H[(u_oh_acc31 + ((sw634 !== (-1)) ? (sw634 & 2147483647) : 0) | 0)] >>> 0);
      const v646 = ((sw634 !== (-1)) ? v645 : 0);
      const v647 = v646;
      const v648 = F_v64[((sw634 !== (-1)) ? (sw634 & 2147483647) : 0)];
      const v649 = ((sw634 !== (-1)) ? v648 : 0);
      const v650 = v649;
      const v651 = F_v65[((sw634 !== (-1)) ? (sw634 & 2147483647) : 0)];
      const v652 = ((sw634 !== (-1)) ? v651 : 0);
      const v653 = v652;
      const v654 = F_v257[((sw634 !== (-1)) ? (sw634 & 2147483647) : 0)];
      const v655 = ((sw634 !== (-1)) ? v654 : 0);
      const v656 = v655;
      const v657 = F_v197[((sw634 !== (-1)) ? (sw634 & 2147483647) : 0)];
      const v658 = ((sw634 !== (-1)) ? v657 : 0);
      const v659 = v658;
      const v660 = F_v220[((sw634 !== (-1)) ? (sw634 & 2147483647) : 0)];
      const v661 = ((sw634 !== (-1)) ? v660 : 0);
      const v662 = v661;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v640;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v641;
      F_out_key_a[(Math.imul(row, u_T) + t | 0)] = v644;
      F_out_key_b[(Math.imul(row, u_T) + t | 0)] = v647;
      F_out_key_c[(Math.imul(row, u_T) + t | 0)] = v650;
      F_out_key_d[(Math.imul(row, u_T) + t | 0)] = v653;
      F_out_key_p_value[(Math.imul(row, u_T) + t | 0)] = v656;
      F_out_key_information_gain[(Math.imul(row, u_T) + t | 0)] = v659;
      F_out_key_direction[(Math.imul(row, u_T) + t | 0)] = v662;
    }
  }
  // outputs out_rollout_advantage
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v663 = F_v9[row];
    const v664 = $fr(v663 - v623);
    const v665 = $fr(v664 / v630);
    const v666 = (v664 === 0);
    const v667 = (v666 ? 0 : v665);
    F_out_rollout_advantage[row] = v667;
  }
}
let u, $H, $F_token_level_rewards, $F_v9, $F_v19, $F_v15, $F_v16, $F_v21, $F_v23, $F_v267, $F_v274, $F_v64, $F_v65, $F_table197, $F_v197, $F_table212, $F_v220, $F_out_0folds, $F_table200, $F_v234, $F_table257, $F_v257, $F_v269, $F_v281, $F_out_advantages, $F_out_key_values, $F_out_key_a, $F_out_key_b, $F_out_key_c, $F_out_key_d, $F_out_key_p_value, $F_out_key_information_gain, $F_out_key_direction, $F_out_rollout_advantage, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase, $I_korder, $I_responses;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v9 = f["v9"];
  $F_v19 = f["v19"];
  $F_v15 = f["v15"];
  $F_v16 = f["v16"];
  $F_v21 = f["v21"];
  $F_v23 = f["v23"];
  $F_v267 = f["v267"];
  $F_v274 = f["v274"];
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
  $F_v269 = f["v269"];
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