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
      const v12 = F_v9[row];
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
            {
              const add = (first ? (true ? 1 : 0) : 0);
              H[((v13 ? u_oh_acc27 : u_oh_acc31) + r | 0)] = (H[((v13 ? u_oh_acc27 : u_oh_acc31) + r | 0)] + add | 0);
            }
            {
              const add = (v13 ? (true ? 1 : 0) : (false ? 0 : 1));
              H[((v13 ? u_oh_acc33 : u_oh_acc51) + r | 0)] = (H[((v13 ? u_oh_acc33 : u_oh_acc51) + r | 0)] + add | 0);
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
    const v15 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
    F_v64[slot] = $fr(acc15 - v15);
  }
  const v16 = $fr($fr(acc16 >>> 0) - acc15);
  // key-map %65: once per distinct key of the group
  const nkeys65 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys65 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v17 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
    F_v65[slot] = $fr(v16 - v17);
  }
  let bound27 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v18 = F_v9[row];
    const v19 = (v18 > 0);
    bound27 = (bound27 + (v19 ? 1 : 0) | 0);
  }
  let bound31 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v20 = F_v9[row];
    const v21 = (v20 > 0);
    const v22 = (!v21);
    bound31 = (bound31 + (v22 ? 1 : 0) | 0);
  }
  // count table %197: its value for every presence count pair of the group (when fewer than its keys)
  const tabled197 = (Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled197) {
    for (let i = lid; (i >>> 0 < Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v23 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v24 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v23);
      const v25 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v26 = $fr(v25 + v23);
      const v27 = $fr(v16 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v28 = $fr(v26 + v27);
      const v29 = $fr(v24 / v28);
      const v30 = (-v29);
      const v31 = $fr(Math.log2(v29));
      const v32 = $fr(v30 * v31);
      const v33 = (v29 > 0);
      const v34 = (v33 ? v32 : 0);
      const v35 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) + v27);
      const v36 = $fr(v35 / v28);
      const v37 = (-v36);
      const v38 = $fr(Math.log2(v36));
      const v39 = $fr(v37 * v38);
      const v40 = (v36 > 0);
      const v41 = (v40 ? v39 : 0);
      const v42 = $fr(v34 + v41);
      const v43 = $fr(v25 / v28);
      const v44 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) / v25);
      const v45 = (-v44);
      const v46 = $fr(Math.log2(v44));
      const v47 = $fr(v45 * v46);
      const v48 = (v44 > 0);
      const v49 = (v48 ? v47 : 0);
      const v50 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) / v25);
      const v51 = (-v50);
      const v52 = $fr(Math.log2(v50));
      const v53 = $fr(v51 * v52);
      const v54 = (v50 > 0);
      const v55 = (v54 ? v53 : 0);
      const v56 = $fr(v49 + v55);
      const v57 = (v25 > 0);
      const v58 = (v57 ? v56 : 0);
      const v59 = $fr(v43 * v58);
      const v60 = $fr(v23 + v27);
      const v61 = $fr(v60 / v28);
      const v62 = $fr(v23 / v60);
      const v63 = (-v62);
      const v64 = $fr(Math.log2(v62));
      const v65 = $fr(v63 * v64);
      const v66 = (v62 > 0);
      const v67 = (v66 ? v65 : 0);
      const v68 = $fr(v27 / v60);
      const v69 = (-v68);
      const v70 = $fr(Math.log2(v68));
      const v71 = $fr(v69 * v70);
      const v72 = (v68 > 0);
      const v73 = (v72 ? v71 : 0);
      const v74 = $fr(v67 + v73);
      const v75 = (v60 > 0);
      const v76 = (v75 ? v74 : 0);
      const v77 = $fr(v61 * v76);
      const v78 = $fr(v59 + v77);
      const v79 = $fr(v42 - v78);
      const v80 = (v28 > 0);
      const v81 = (v80 ? v79 : 0);
      F_table197[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound31 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound31 + 1 | 0)) | 0) | 0)] = v81;
    }
  }
  // key-map %197: once per distinct key of the group
  const nkeys197 = H[(u_oh_count_tok + g | 0)];
  // its memo: the group's hash slots, free once its keys are built, as 8-word entries (a tag, the inputs, the value), tags cleared
  const mbase197 = I_kbase[g];
  const mentries197 = $udiv((I_kbase[(g + 1 | 0)] - mbase197 | 0), 8);
  for (let i = 0; (i >>> 0 < mentries197 >>> 0); i = (i + 1 | 0)) {
    H[(u_oh_table_tok + (mbase197 + Math.imul(i, 8) | 0) | 0)] = 0;
  }
  for (let i = lid; (i >>> 0 < nkeys197 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v82 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
    const v83 = F_v64[slot];
    const v84 = $fr(v82 + v83);
    const v85 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
    const v86 = $fr(v82 + v85);
    const v87 = $fr(v86 + v83);
    const v88 = F_v65[slot];
    const v89 = $fr(v87 + v88);
    const v90 = $fr(v84 / v89);
    const v91 = (-v90);
    const v92 = $fr(Math.log2(v90));
    const v93 = $fr(v91 * v92);
    const v94 = (v90 > 0);
    const v95 = (v94 ? v93 : 0);
    const v96 = $fr(v85 + v88);
    const v97 = $fr(v96 / v89);
    const v98 = (-v97);
    const v99 = $fr(Math.log2(v97));
    const v100 = $fr(v98 * v99);
    const v101 = (v97 > 0);
    const v102 = (v101 ? v100 : 0);
    const v103 = $fr(v95 + v102);
    const v104 = $fr(v86 / v89);
    const mw105 = H[(u_oh_acc27 + slot | 0)];
    const mw106 = H[(u_oh_acc31 + slot | 0)];
    const mh107 = ((0 ^ Math.imul(mw105, (-1640531535))) ^ Math.imul(mw106, (-2048144777)));
    const me108 = (u_oh_table_tok + (mbase197 + Math.imul(((mh107 ^ (mh107 >>> 15 | 0)) & (mentries197 - 1 | 0)), 8) | 0) | 0);
    let v109 = 0;
    if (((((mentries197 >>> 0 > 0 >>> 0) && (H[(me108 + 0 | 0)] === 1)) && (H[(me108 + 1 | 0)] === mw105)) && (H[(me108 + 2 | 0)] === mw106))) {
      v109 = $f32bits(H[(me108 + 7 | 0)]);
    } else {
      const v110 = $fr(v82 / v86);
      const v111 = (-v110);
      const v112 = $fr(Math.log2(v110));
      const v113 = $fr(v111 * v112);
      const v114 = (v110 > 0);
      const v115 = (v114 ? v113 : 0);
      const v116 = $fr(v85 / v86);
      const v117 = (-v116);
      const v118 = $fr(Math.log2(v116));
      const v119 = $fr(v117 * v118);
      const v120 = (v116 > 0);
      const v121 = (v120 ? v119 : 0);
      const v122 = $fr(v115 + v121);
      const v123 = (v86 > 0);
      v109 = (v123 ? v122 : 0);
      if ((mentries197 >>> 0 > 0 >>> 0)) {
        H[me108] = 1;
        H[(me108 + 1 | 0)] = mw105;
        H[(me108 + 2 | 0)] = mw106;
        H[(me108 + 7 | 0)] = $bitsf32(v109);
      }
    }
    const v124 = v109;
    const v125 = $fr(v104 * v124);
    const v126 = $fr(v83 + v88);
    const v127 = $fr(v126 / v89);
    const v128 = $fr(v83 / v126);
    const v129 = (-v128);
    const v130 = $fr(Math.log2(v128));
    const v131 = $fr(v129 * v130);
    const v132 = (v128 > 0);
    const v133 = (v132 ? v131 : 0);
    const v134 = $fr(v88 / v126);
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
    const v145 = $fr(v103 - v144);
    const v146 = (v89 > 0);
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
      const v154 = $fr(v16 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
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
  const v187 = $fr(u_p_bm25_k1 + 1);
  const v189 = $fr(1 - u_p_bm25_b);
  const v190 = $fr(u_p_bm25_b * acc21);
  const v191 = $fr(acc21 + acc23);
  const v192 = $fr(v191 / 2);
  const v193 = $fr(v190 / v192);
  const v194 = $fr(v189 + v193);
  const v195 = $fr(u_p_bm25_k1 * v194);
  const v198 = (acc21 > 0);
  const v203 = $fr(u_p_bm25_b * acc23);
  const v204 = $fr(acc23 + acc21);
  const v205 = $fr(v204 / 2);
  const v206 = $fr(v203 / v205);
  const v207 = $fr(v189 + v206);
  const v208 = $fr(u_p_bm25_k1 * v207);
  const v211 = (acc23 > 0);
  const v218 = (u_p_gamma !== 0);
  // key-map %220: once per distinct key of the group
  const nkeys220 = H[(u_oh_count_tok + g | 0)];
  // its memo: the group's hash slots, free once its keys are built, as 8-word entries (a tag, the inputs, the value), tags cleared
  const mbase220 = I_kbase[g];
  const mentries220 = $udiv((I_kbase[(g + 1 | 0)] - mbase220 | 0), 8);
  for (let i = 0; (i >>> 0 < mentries220 >>> 0); i = (i + 1 | 0)) {
    H[(u_oh_table_tok + (mbase220 + Math.imul(i, 8) | 0) | 0)] = 0;
  }
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
    const mw180 = H[(u_oh_acc33 + slot | 0)];
    const mw181 = H[(u_oh_acc51 + slot | 0)];
    const mh182 = ((0 ^ Math.imul(mw180, (-1640531535))) ^ Math.imul(mw181, (-2048144777)));
    const me183 = (u_oh_table_tok + (mbase220 + Math.imul(((mh182 ^ (mh182 >>> 15 | 0)) & (mentries220 - 1 | 0)), 8) | 0) | 0);
    let v184 = 0;
    if (((((mentries220 >>> 0 > 0 >>> 0) && (H[(me183 + 0 | 0)] === 1)) && (H[(me183 + 1 | 0)] === mw180)) && (H[(me183 + 2 | 0)] === mw181))) {
      v184 = $f32bits(H[(me183 + 7 | 0)]);
    } else {
      const v185 = $fr(H[(u_oh_acc33 + slot | 0)] >>> 0);
      const v186 = $fr(v185 / acc21);
      const v188 = $fr(v186 * v187);
      const v196 = $fr(v186 + v195);
      const v197 = $fr(v188 / v196);
      const v199 = (v198 ? v197 : 0);
      const v200 = $fr(H[(u_oh_acc51 + slot | 0)] >>> 0);
      const v201 = $fr(v200 / acc23);
      const v202 = $fr(v201 * v187);
      const v209 = $fr(v201 + v208);
      const v210 = $fr(v202 / v209);
      const v212 = (v211 ? v210 : 0);
      const v213 = $fr(v212 + 0.000009999999747378752);
      const v214 = $fr(v199 / v213);
      const v215 = $fr(v199 + 0.000009999999747378752);
      const v216 = $fr(v212 / v215);
      const v217 = $fr(v214 - v216);
      v184 = (v218 ? v217 : 0);
      if ((mentries220 >>> 0 > 0 >>> 0)) {
        H[me183] = 1;
        H[(me183 + 1 | 0)] = mw180;
        H[(me183 + 2 | 0)] = mw181;
        H[(me183 + 7 | 0)] = $bitsf32(v184);
      }
    }
    const v219 = v184;
    F_v220[slot] = $fr(v179 + v219);
  }
  const v220 = (u_p_alpha !== 0);
  const v364 = (u_p_beta !== 0);
  // count table %200: its value for every presence count pair of the group (when fewer than its keys)
  const tabled200 = (Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled200) {
    for (let i = lid; (i >>> 0 < Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v221 = 0;
      if (v220) {
        const v222 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
        const v223 = $fr(v222 + $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
        const v224 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
        const v225 = $fr(v223 + v224);
        const v226 = $fr(v222 + v224);
        const v227 = $fr(v16 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
        const v228 = $fr(v226 + v227);
        const v229 = $fr(v225 - v228);
        const v230 = Math.max(0, v229);
        const v231 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v224);
        const v232 = Math.min(v222, v231);
        const v233 = (v230 === v232);
        let v234 = 0;
        if (v233) {
          v234 = 0;
        } else {
          const v237 = $fr(v222 + v231);
          const v238 = $fr(v237 - v228);
          const v239 = Math.max(0, v238);
          const v240 = $i32f(v239);
          const v241 = $i32f(v232);
          const lo235 = v240;
          const hi236 = v241;
          const v242 = $fr(v231 + 1);
          const v243 = adv_lgamma(v242);
          const v244 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + 1);
          const v245 = adv_lgamma(v244);
          const v246 = $fr(v243 - v245);
          const v247 = $fr(v231 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
          const v248 = $fr(v247 + 1);
          const v249 = adv_lgamma(v248);
          const v250 = $fr(v246 - v249);
          const v251 = $fr(v228 - v231);
          const v252 = $fr(v222 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
          const v253 = $fr(v251 + 1);
          const v254 = adv_lgamma(v253);
          const v255 = $fr(v252 + 1);
          const v256 = adv_lgamma(v255);
          const v257 = $fr(v254 - v256);
          const v258 = $fr(v251 - v252);
          const v259 = $fr(v258 + 1);
          const v260 = adv_lgamma(v259);
          const v261 = $fr(v257 - v260);
          const v262 = $fr(v250 + v261);
          const v263 = $fr(v228 + 1);
          const v264 = adv_lgamma(v263);
          const v265 = $fr(v222 + 1);
          const v266 = adv_lgamma(v265);
          const v267 = $fr(v264 - v266);
          const v268 = $fr(v228 - v222);
          const v269 = $fr(v268 + 1);
          const v270 = adv_lgamma(v269);
          const v271 = $fr(v267 - v270);
          const v272 = $fr(v262 - v271);
          const v273 = $fr(v272 + 0.000009999999747378752);
          let fold275 = 0;
          if ((hi236 >= lo235)) {
            if (((hi236 - lo235 | 0) >>> 0 < 1048576 >>> 0)) {
              for (let n297 = 0; (n297 >>> 0 <= (hi236 - lo235 | 0) >>> 0); n297 = (n297 + 1 | 0)) {
                const k274 = (lo235 + n297 | 0);
                const v276 = $fr(k274);
                const v277 = $fr(v276 + 1);
                const v278 = adv_lgamma(v277);
                const v279 = $fr(v243 - v278);
                const v280 = $fr(v231 - v276);
                const v281 = $fr(v280 + 1);
                const v282 = adv_lgamma(v281);
                const v283 = $fr(v279 - v282);
                const v284 = $fr(v222 - v276);
                const v285 = $fr(v284 + 1);
                const v286 = adv_lgamma(v285);
                const v287 = $fr(v254 - v286);
                const v288 = $fr(v251 - v284);
                const v289 = $fr(v288 + 1);
                const v290 = adv_lgamma(v289);
                const v291 = $fr(v287 - v290);
                const v292 = $fr(v283 + v291);
                const v293 = $fr(v292 - v271);
                const v294 = $fr(Math.exp(v293));
                const v295 = (v293 <= v273);
                const v296 = (v295 ? v294 : 0);
                fold275 = $fr(fold275 + v296);
              }
            } else {
              F_out_0folds[g] = Math.max(F_out_0folds[g], 2);
            }
          }
          const v298 = fold275;
          const v299 = $fr((-2) * v298);
          const v300 = $fr(Math.exp(v299));
          v234 = v300;
        }
        const v301 = v234;
        const v302 = $fr(u_p_alpha * v301);
        v221 = v302;
      } else {
        v221 = 0;
      }
      const v303 = v221;
      const v304 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v305 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v304);
      const v306 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v307 = $fr(v306 + v304);
      const v308 = $fr(v16 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v309 = $fr(v307 + v308);
      const v310 = $fr(v305 / v309);
      const v311 = (-v310);
      const v312 = $fr(Math.log2(v310));
      const v313 = $fr(v311 * v312);
      const v314 = (v310 > 0);
      const v315 = (v314 ? v313 : 0);
      const v316 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) + v308);
      const v317 = $fr(v316 / v309);
      const v318 = (-v317);
      const v319 = $fr(Math.log2(v317));
      const v320 = $fr(v318 * v319);
      const v321 = (v317 > 0);
      const v322 = (v321 ? v320 : 0);
      const v323 = $fr(v315 + v322);
      const v324 = $fr(v306 / v309);
      const v325 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) / v306);
      const v326 = (-v325);
      const v327 = $fr(Math.log2(v325));
      const v328 = $fr(v326 * v327);
      const v329 = (v325 > 0);
      const v330 = (v329 ? v328 : 0);
      const v331 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) / v306);
      const v332 = (-v331);
      const v333 = $fr(Math.log2(v331));
      const v334 = $fr(v332 * v333);
      const v335 = (v331 > 0);
      const v336 = (v335 ? v334 : 0);
      const v337 = $fr(v330 + v336);
      const v338 = (v306 > 0);
      const v339 = (v338 ? v337 : 0);
      const v340 = $fr(v324 * v339);
      const v341 = $fr(v304 + v308);
      const v342 = $fr(v341 / v309);
      const v343 = $fr(v304 / v341);
      const v344 = (-v343);
      const v345 = $fr(Math.log2(v343));
      const v346 = $fr(v344 * v345);
      const v347 = (v343 > 0);
      const v348 = (v347 ? v346 : 0);
      const v349 = $fr(v308 / v341);
      const v350 = (-v349);
      const v351 = $fr(Math.log2(v349));
      const v352 = $fr(v350 * v351);
      const v353 = (v349 > 0);
      const v354 = (v353 ? v352 : 0);
      const v355 = $fr(v348 + v354);
      const v356 = (v341 > 0);
      const v357 = (v356 ? v355 : 0);
      const v358 = $fr(v342 * v357);
      const v359 = $fr(v340 + v358);
      const v360 = $fr(v323 - v359);
      const v361 = (v309 > 0);
      const v362 = (v361 ? v360 : 0);
      const v363 = $fr(u_p_beta * v362);
      const v365 = (v364 ? v363 : 0);
      const v366 = $fr(v303 + v365);
      F_table200[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound31 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound31 + 1 | 0)) | 0) | 0)] = v366;
    }
  }
  const v367 = (acc15 > 0);
  const v368 = (v16 > 0);
  const v369 = (v367 && v368);
  const v466 = $fr(u_p_alpha + u_p_beta);
  // key-map %234: once per distinct key of the group
  const nkeys234 = H[(u_oh_count_tok + g | 0)];
  // its memo: the group's hash slots, free once its keys are built, as 8-word entries (a tag, the inputs, the value), tags cleared
  const mbase234 = I_kbase[g];
  const mentries234 = $udiv((I_kbase[(g + 1 | 0)] - mbase234 | 0), 8);
  for (let i = 0; (i >>> 0 < mentries234 >>> 0); i = (i + 1 | 0)) {
    H[(u_oh_table_tok + (mbase234 + Math.imul(i, 8) | 0) | 0)] = 0;
  }
  for (let i = lid; (i >>> 0 < nkeys234 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v370 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
    const v371 = (v370 !== u_p_zero_token_id);
    const v372 = (v369 && v371);
    let v373 = 0;
    if (v372) {
      const v374 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
      const v375 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
      let v376 = 0;
      if (tabled200) {
        v376 = F_table200[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v374 > 0 ? (v374 < 4294967296 ? v374 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v375 > 0 ? (v375 < 4294967296 ? v375 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        let v377 = 0;
        if (v220) {
          const v378 = $fr(v374 + v375);
          const v379 = $fr(v378 + v374);
          const v380 = F_v64[slot];
          const v381 = $fr(v379 + v380);
          const v382 = $fr(v378 + v380);
          const v383 = F_v65[slot];
          const v384 = $fr(v382 + v383);
          const v385 = $fr(v381 - v384);
          const v386 = Math.max(0, v385);
          const v387 = $fr(v374 + v380);
          const v388 = Math.min(v378, v387);
          const v389 = (v386 === v388);
          let v390 = 0;
          if (v389) {
            v390 = 0;
          } else {
            const v393 = $fr(v378 + v387);
            const v394 = $fr(v393 - v384);
            const v395 = Math.max(0, v394);
            const v396 = $i32f(v395);
            const v397 = $i32f(v388);
            const lo391 = v396;
            const hi392 = v397;
            const v398 = $fr(v387 + 1);
            const v399 = adv_lgamma(v398);
            const v400 = $fr(v374 + 1);
            const v401 = adv_lgamma(v400);
            const v402 = $fr(v399 - v401);
            const v403 = $fr(v387 - v374);
            const v404 = $fr(v403 + 1);
            const v405 = adv_lgamma(v404);
            const v406 = $fr(v402 - v405);
            const v407 = $fr(v384 - v387);
            const v408 = $fr(v378 - v374);
            const v409 = $fr(v407 + 1);
            const v410 = adv_lgamma(v409);
            const v411 = $fr(v408 + 1);
            const v412 = adv_lgamma(v411);
            const v413 = $fr(v410 - v412);
            const v414 = $fr(v407 - v408);
            const v415 = $fr(v414 + 1);
            const v416 = adv_lgamma(v415);
            const v417 = $fr(v413 - v416);
            const v418 = $fr(v406 + v417);
            const v419 = $fr(v384 + 1);
            const v420 = adv_lgamma(v419);
            const v421 = $fr(v378 + 1);
            const v422 = adv_lgamma(v421);
            const v423 = $fr(v420 - v422);
            const v424 = $fr(v384 - v378);
            const v425 = $fr(v424 + 1);
            const v426 = adv_lgamma(v425);
            const v427 = $fr(v423 - v426);
            const v428 = $fr(v418 - v427);
            const v429 = $fr(v428 + 0.000009999999747378752);
            let fold431 = 0;
            if ((hi392 >= lo391)) {
              if (((hi392 - lo391 | 0) >>> 0 < 1048576 >>> 0)) {
                for (let n453 = 0; (n453 >>> 0 <= (hi392 - lo391 | 0) >>> 0); n453 = (n453 + 1 | 0)) {
                  const k430 = (lo391 + n453 | 0);
                  const v432 = $fr(k430);
                  const v433 = $fr(v432 + 1);
                  const v434 = adv_lgamma(v433);
                  const v435 = $fr(v399 - v434);
                  const v436 = $fr(v387 - v432);
                  const v437 = $fr(v436 + 1);
                  const v438 = adv_lgamma(v437);
                  const v439 = $fr(v435 - v438);
                  const v440 = $fr(v378 - v432);
                  const v441 = $fr(v440 + 1);
                  const v442 = adv_lgamma(v441);
                  const v443 = $fr(v410 - v442);
                  const v444 = $fr(v407 - v440);
                  const v445 = $fr(v444 + 1);
                  const v446 = adv_lgamma(v445);
                  const v447 = $fr(v443 - v446);
                  const v448 = $fr(v439 + v447);
                  const v449 = $fr(v448 - v427);
                  const v450 = $fr(Math.exp(v449));
                  const v451 = (v449 <= v429);
                  const v452 = (v451 ? v450 : 0);
                  fold431 = $fr(fold431 + v452);
                }
              } else {
                F_out_0folds[g] = Math.max(F_out_0folds[g], 2);
              }
            }
            const v454 = fold431;
            const v455 = $fr((-2) * v454);
            const v456 = $fr(Math.exp(v455));
            v390 = v456;
          }
          const v457 = v390;
          const v458 = $fr(u_p_alpha * v457);
          v377 = v458;
        } else {
          v377 = 0;
        }
        const v459 = v377;
        const v460 = F_v197[slot];
        const v461 = $fr(u_p_beta * v460);
        const v462 = (v364 ? v461 : 0);
        v376 = $fr(v459 + v462);
      }
      const v463 = v376;
      const v464 = F_v220[slot];
      const v465 = $fr(v463 * v464);
      const v467 = $fr(v465 / v466);
      const v468 = $fr(1 / $fr(1 + $fr(Math.exp((-v467)))));
      const v469 = $fr(v468 - 0.5);
      const v470 = $fr(v469 * 2);
      const v471 = $fr(v470 * u_p_top);
      v373 = v471;
    } else {
      v373 = 0;
    }
    F_v234[slot] = v373;
  }
  // count table %257: its value for every presence count pair of the group (when fewer than its keys)
  const tabled257 = (Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled257) {
    for (let i = lid; (i >>> 0 < Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v474 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v475 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v476 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v475);
      const v477 = $fr(v474 + v476);
      const v478 = $fr(v474 + v475);
      const v479 = $fr(v16 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v480 = $fr(v478 + v479);
      const v481 = $fr(v477 - v480);
      const v482 = Math.max(0, v481);
      const v483 = $i32f(v482);
      const v484 = Math.min(v474, v476);
      const v485 = $i32f(v484);
      const lo472 = v483;
      const hi473 = v485;
      const v486 = $fr(v476 + 1);
      const v487 = adv_lgamma(v486);
      const v488 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + 1);
      const v489 = adv_lgamma(v488);
      const v490 = $fr(v487 - v489);
      const v491 = $fr(v476 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v492 = $fr(v491 + 1);
      const v493 = adv_lgamma(v492);
      const v494 = $fr(v490 - v493);
      const v495 = $fr(v480 - v476);
      const v496 = $fr(v474 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v497 = $fr(v495 + 1);
      const v498 = adv_lgamma(v497);
      const v499 = $fr(v496 + 1);
      const v500 = adv_lgamma(v499);
      const v501 = $fr(v498 - v500);
      const v502 = $fr(v495 - v496);
      const v503 = $fr(v502 + 1);
      const v504 = adv_lgamma(v503);
      const v505 = $fr(v501 - v504);
      const v506 = $fr(v494 + v505);
      const v507 = $fr(v480 + 1);
      const v508 = adv_lgamma(v507);
      const v509 = $fr(v474 + 1);
      const v510 = adv_lgamma(v509);
      const v511 = $fr(v508 - v510);
      const v512 = $fr(v480 - v474);
      const v513 = $fr(v512 + 1);
      const v514 = adv_lgamma(v513);
      const v515 = $fr(v511 - v514);
      const v516 = $fr(v506 - v515);
      const v517 = $fr(v516 + 0.000009999999747378752);
      let fold519 = 0;
      if ((hi473 >= lo472)) {
        if (((hi473 - lo472 | 0) >>> 0 < 1048576 >>> 0)) {
          for (let n541 = 0; (n541 >>> 0 <= (hi473 - lo472 | 0) >>> 0); n541 = (n541 + 1 | 0)) {
            const k518 = (lo472 + n541 | 0);
            const v520 = $fr(k518);
            const v521 = $fr(v520 + 1);
            const v522 = adv_lgamma(v521);
            const v523 = $fr(v487 - v522);
            const v524 = $fr(v476 - v520);
            const v525 = $fr(v524 + 1);
            const v526 = adv_lgamma(v525);
            const v527 = $fr(v523 - v526);
            const v528 = $fr(v474 - v520);
            const v529 = $fr(v528 + 1);
            const v530 = adv_lgamma(v529);
            const v531 = $fr(v498 - v530);
            const v532 = $fr(v495 - v528);
            const v533 = $fr(v532 + 1);
            const v534 = adv_lgamma(v533);
            const v535 = $fr(v531 - v534);
            const v536 = $fr(v527 + v535);
            const v537 = $fr(v536 - v515);
            const v538 = $fr(Math.exp(v537));
            const v539 = (v537 <= v517);
            const v540 = (v539 ? v538 : 0);
            fold519 = $fr(fold519 + v540);
          }
        } else {
          F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
        }
      }
      const v542 = fold519;
      F_table257[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound31 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound31 + 1 | 0)) | 0) | 0)] = v542;
    }
  }
  // key-map %257: once per distinct key of the group
  const nkeys257 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys257 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v545 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
    const v546 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
    const v547 = $fr(v545 + v546);
    const v548 = F_v64[slot];
    const v549 = $fr(v545 + v548);
    const v550 = $fr(v547 + v549);
    const v551 = $fr(v547 + v548);
    const v552 = F_v65[slot];
    const v553 = $fr(v551 + v552);
    const v554 = $fr(v550 - v553);
    const v555 = Math.max(0, v554);
    const v556 = $i32f(v555);
    const v557 = Math.min(v547, v549);
    const v558 = $i32f(v557);
    const lo543 = v556;
    const hi544 = v558;
    const v559 = $fr(v549 + 1);
    const v560 = adv_lgamma(v559);
    const v561 = $fr(v545 + 1);
    const v562 = adv_lgamma(v561);
    const v563 = $fr(v560 - v562);
    const v564 = $fr(v549 - v545);
    const v565 = $fr(v564 + 1);
    const v566 = adv_lgamma(v565);
    const v567 = $fr(v563 - v566);
    const v568 = $fr(v553 - v549);
    const v569 = $fr(v547 - v545);
    const v570 = $fr(v568 + 1);
    const v571 = adv_lgamma(v570);
    const v572 = $fr(v569 + 1);
    const v573 = adv_lgamma(v572);
    const v574 = $fr(v571 - v573);
    const v575 = $fr(v568 - v569);
    const v576 = $fr(v575 + 1);
    const v577 = adv_lgamma(v576);
    const v578 = $fr(v574 - v577);
    const v579 = $fr(v567 + v578);
    const v580 = $fr(v553 + 1);
    const v581 = adv_lgamma(v580);
    const v582 = $fr(v547 + 1);
    const v583 = adv_lgamma(v582);
    const v584 = $fr(v581 - v583);
    const v585 = $fr(v553 - v547);
    const v586 = $fr(v585 + 1);
    const v587 = adv_lgamma(v586);
    const v588 = $fr(v584 - v587);
    const v589 = $fr(v579 - v588);
    const v590 = $fr(v589 + 0.000009999999747378752);
    let fold592 = 0;
    if ((hi544 >= lo543)) {
      if (((hi544 - lo543 | 0) >>> 0 < 1048576 >>> 0)) {
        for (let n614 = 0; (n614 >>> 0 <= (hi544 - lo543 | 0) >>> 0); n614 = (n614 + 1 | 0)) {
          const k591 = (lo543 + n614 | 0);
          const v593 = $fr(k591);
          const v594 = $fr(v593 + 1);
          const v595 = adv_lgamma(v594);
          const v596 = $fr(v560 - v595);
          const v597 = $fr(v549 - v593);
          const v598 = $fr(v597 + 1);
          const v599 = adv_lgamma(v598);
          const v600 = $fr(v596 - v599);
          const v601 = $fr(v547 - v593);
          const v602 = $fr(v601 + 1);
          const v603 = adv_lgamma(v602);
          const v604 = $fr(v571 - v603);
          const v605 = $fr(v568 - v601);
          const v606 = $fr(v605 + 1);
          const v607 = adv_lgamma(v606);
          const v608 = $fr(v604 - v607);
          const v609 = $fr(v600 + v608);
          const v610 = $fr(v609 - v588);
          const v611 = $fr(Math.exp(v610));
          const v612 = (v610 <= v590);
          const v613 = (v612 ? v611 : 0);
          fold592 = $fr(fold592 + v613);
        }
      } else {
        F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
      }
    }
    F_v257[slot] = fold592;
  }
  // reduce to group %269
  let acc269 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v615 = F_v9[row];
    const v616 = $fr(v615 - acc267);
    acc269 = $fr(acc269 + v616);
  }
  if ((lid === 0)) {
    F_v269[g] = acc269;
  }
  // reduce to group %281
  const v618 = $fr(acc269 / $fr(acc16 >>> 0));
  const v619 = $fr(acc267 + v618);
  const v621 = $fr(acc274 - acc267);
  const v622 = (v621 > 0);
  const v623 = (v622 ? v621 : 1);
  let acc281 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v617 = F_v9[row];
    const v620 = $fr(v617 - v619);
    const v624 = $fr(v620 / v623);
    const v625 = $fr(v624 * v624);
    acc281 = $fr(acc281 + v625);
  }
  if ((lid === 0)) {
    F_v281[g] = acc281;
  }
  const v627 = ($fr(acc16 >>> 0) > 1);
  const v628 = (v627 ? v619 : 0);
  const v630 = $fr($fr(acc16 >>> 0) - 1);
  const v631 = $fr(acc281 / v630);
  const v632 = $fr(Math.sqrt(v631));
  const v633 = $fr(v632 * v623);
  const v634 = (v627 ? v633 : 1);
  const v635 = $fr(v634 + u_p_epsilon);
  // outputs out_advantages, out_key_values, out_key_a, out_key_b, out_key_c, out_key_d, out_key_p_value, out_key_information_gain, out_key_direction
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v626 = F_v9[row];
    const v629 = $fr(v626 - v628);
    const v636 = $fr(v629 / v635);
    const v637 = (v629 === 0);
    const v638 = (v637 ? 0 : v636);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw639 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v640 = F_v234[((sw639 !== (-1)) ? (sw639 & 2147483647) : 0)];
      const v641 = ((sw639 !== (-1)) ? v640 : 0);
      const v642 = $fr(v638 + v641);
      const v643 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v644 = $fr(v643);
      const v645 = $fr(v642 * v644);
      const v646 = v641;
      const v647 = $fr(H[(u_oh_acc27 + ((sw639 !== (-1)) ? (sw639 & 2147483647) : 0) | 0)] >>> 0);
      const v648 = ((sw639 !== (-1)) ? v647 : 0);
      const v649 = v648;
      const v650 = $fr(H[(u_oh_acc31 + ((sw639 !== (-1)) ? (sw639 & 2147483647) : 0) | 0)] >>> 0);
      const v651 = ((sw639 !== (-1)) ? v650 : 0);
      const v652 = v651;
      const v653 = F_v64[((sw639 !== (-1)) ? (sw639 & 2147483647) : 0)];
      const v654 = ((sw639 !== (-1)) ? v653 : 0);
      const v655 = v654;
      const v656 = F_v65[((sw639 !== (-1)) ? (sw639 & 2147483647) : 0)];
      const v657 = ((sw639 !== (-1)) ? v656 : 0);
      const v658 = v657;
      const v659 = F_v257[((sw639 !== (-1)) ? (sw639 & 2147483647) : 0)];
      const v660 = ((sw639 !== (-1)) ? v659 : 0);
      const v661 = v660;
      const v662 = F_v197[((sw639 !== (-1)) ? (sw639 & 2147483647) : 0)];
      const v663 = ((sw639 !== (-1)) ? v662 : 0);
      const v664 = v663;
      const v665 = F_v220[((sw639 !== (-1)) ? (sw639 & 2147483647) : 0)];
      const v666 = ((sw639 !== (-1)) ? v665 : 0);
      const v667 = v666;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v645;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v646;
      F_out_key_a[(Math.imul(row, u_T) + t | 0)] = v649;
      F_out_key_b[(Math.imul(row, u_T) + t | 0)] = v652;
      F_out_key_c[(Math.imul(row, u_T) + t | 0)] = v655;
      F_out_key_d[(Math.imul(row, u_T) + t | 0)] = v658;
      F_out_key_p_value[(Math.imul(row, u_T) + t | 0)] = v661;
      F_out_key_information_gain[(Math.imul(row, u_T) + t | 0)] = v664;
      F_out_key_direction[(Math.imul(row, u_T) + t | 0)] = v667;
    }
  }
  // outputs out_rollout_advantage
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v668 = F_v9[row];
    const v669 = $fr(v668 - v628);
    const v670 = $fr(v669 / v635);
    const v671 = (v669 === 0);
    const v672 = (v671 ? 0 : v670);
    F_out_rollout_advantage[row] = v672;
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