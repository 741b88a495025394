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
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        acc19_0 = $fr(acc19_0 + 1);
      }
      const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
      acc9_1 = $fr(acc9_1 + v1);
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        acc19_1 = $fr(acc19_1 + 1);
      }
      const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
      acc9_2 = $fr(acc9_2 + v2);
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        acc19_2 = $fr(acc19_2 + 1);
      }
      const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
      acc9_3 = $fr(acc9_3 + v3);
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        acc19_3 = $fr(acc19_3 + 1);
      }
    }
    F_v9[row0] = acc9_0;
    F_v19[row0] = acc19_0;
    F_v9[row1] = acc9_1;
    F_v19[row1] = acc19_1;
    F_v9[row2] = acc9_2;
    F_v19[row2] = acc19_2;
    F_v9[row3] = acc9_3;
    F_v19[row3] = acc19_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc9 = 0;
    let acc19 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
      acc9 = $fr(acc9 + v4);
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        acc19 = $fr(acc19 + 1);
      }
    }
    F_v9[row] = acc9;
    F_v19[row] = acc19;
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
    acc16 = $fr(acc16 + 1);
    acc21 = $fr(acc21 + v9);
    acc23 = $fr(acc23 + v10);
    acc267 = Math.min(acc267, v5);
    acc274 = Math.max(acc274, v5);
  }
  if ((lid === 0)) {
    F_v15[g] = acc15;
    F_v16[g] = acc16;
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
  const v16 = $fr(acc16 - acc15);
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
    const v105 = $fr(v82 / v86);
    const v106 = (-v105);
    const v107 = $fr(Math.log2(v105));
    const v108 = $fr(v106 * v107);
    const v109 = (v105 > 0);
    const v110 = (v109 ? v108 : 0);
    const v111 = $fr(v85 / v86);
    const v112 = (-v111);
    const v113 = $fr(Math.log2(v111));
    const v114 = $fr(v112 * v113);
    const v115 = (v111 > 0);
    const v116 = (v115 ? v114 : 0);
    const v117 = $fr(v110 + v116);
    const v118 = (v86 > 0);
    const v119 = (v118 ? v117 : 0);
    const v120 = $fr(v104 * v119);
    const v121 = $fr(v83 + v88);
    const v122 = $fr(v121 / v89);
    const v123 = $fr(v83 / v121);
    const v124 = (-v123);
    const v125 = $fr(Math.log2(v123));
    const v126 = $fr(v124 * v125);
    const v127 = (v123 > 0);
    const v128 = (v127 ? v126 : 0);
    const v129 = $fr(v88 / v121);
    const v130 = (-v129);
    const v131 = $fr(Math.log2(v129));
    const v132 = $fr(v130 * v131);
    const v133 = (v129 > 0);
    const v134 = (v133 ? v132 : 0);
    const v135 = $fr(v128 + v134);
    const v136 = (v121 > 0);
    const v137 = (v136 ? v135 : 0);
    const v138 = $fr(v122 * v137);
    const v139 = $fr(v120 + v138);
    const v140 = $fr(v103 - v139);
    const v141 = (v89 > 0);
    F_v197[slot] = (v141 ? v140 : 0);
  }
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const tabled212 = (Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled212) {
    for (let i = lid; (i >>> 0 < Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v142 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v143 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v142);
      const v144 = $fr(v143 + 1.000000013351432e-10);
      const v145 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) / v144);
      const v146 = Math.min(Math.max(v145, 0), 1);
      const v147 = $fr(Math.sqrt(v146));
      const v148 = adv_asin(v147);
      const v149 = $fr(v16 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v150 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) + v149);
      const v151 = $fr(v150 + 1.000000013351432e-10);
      const v152 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) / v151);
      const v153 = Math.min(Math.max(v152, 0), 1);
      const v154 = $fr(Math.sqrt(v153));
      const v155 = adv_asin(v154);
      const v156 = $fr(v148 - v155);
      F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound31 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound31 + 1 | 0)) | 0) | 0)] = v156;
    }
  }
  const v177 = $fr(u_p_bm25_k1 + 1);
  const v179 = $fr(1 - u_p_bm25_b);
  const v180 = $fr(u_p_bm25_b * acc21);
  const v181 = $fr(acc21 + acc23);
  const v182 = $fr(v181 / 2);
  const v183 = $fr(v180 / v182);
  const v184 = $fr(v179 + v183);
  const v185 = $fr(u_p_bm25_k1 * v184);
  const v188 = (acc21 > 0);
  const v193 = $fr(u_p_bm25_b * acc23);
  const v194 = $fr(acc23 + acc21);
  const v195 = $fr(v194 / 2);
  const v196 = $fr(v193 / v195);
  const v197 = $fr(v179 + v196);
  const v198 = $fr(u_p_bm25_k1 * v197);
  const v201 = (acc23 > 0);
  const v208 = (u_p_gamma !== 0);
  // key-map %220: once per distinct key of the group
  const nkeys220 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys220 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v157 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
    const v158 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
    let v159 = 0;
    if (tabled212) {
      v159 = F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v157 > 0 ? (v157 < 4294967296 ? v157 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v158 > 0 ? (v158 < 4294967296 ? v158 >>> 0 | 0 : -1) : 0) | 0) | 0)];
    } else {
      const v160 = F_v64[slot];
      const v161 = $fr(v157 + v160);
      const v162 = $fr(v161 + 1.000000013351432e-10);
      const v163 = $fr(v157 / v162);
      const v164 = Math.min(Math.max(v163, 0), 1);
      const v165 = $fr(Math.sqrt(v164));
      const v166 = adv_asin(v165);
      const v167 = F_v65[slot];
      const v168 = $fr(v158 + v167);
      const v169 = $fr(v168 + 1.000000013351432e-10);
      const v170 = $fr(v158 / v169);
      const v171 = Math.min(Math.max(v170, 0), 1);
      const v172 = $fr(Math.sqrt(v171));
      const v173 = adv_asin(v172);
      v159 = $fr(v166 - v173);
    }
    const v174 = v159;
    const v175 = $fr(H[(u_oh_acc33 + slot | 0)] >>> 0);
    const v176 = $fr(v175 / acc21);
    const v178 = $fr(v176 * v177);
    const v186 = $fr(v176 + v185);
    const v187 = $fr(v178 / v186);
    const v189 = (v188 ? v187 : 0);
    const v190 = $fr(H[(u_oh_acc51 + slot | 0)] >>> 0);
    const v191 = $fr(v190 / acc23);
    const v192 = $fr(v191 * v177);
    const v199 = $fr(v191 + v198);
    const v200 = $fr(v192 / v199);
    const v202 = (v201 ? v200 : 0);
    const v203 = $fr(v202 + 0.000009999999747378752);
    const v204 = $fr(v189 / v203);
    const v205 = $fr(v189 + 0.000009999999747378752);
    const v206 = $fr(v202 / v205);
    const v207 = $fr(v204 - v206);
    const v209 = (v208 ? v207 : 0);
    F_v220[slot] = $fr(v174 + v209);
  }
  const v210 = (u_p_alpha !== 0);
  const v354 = (u_p_beta !== 0);
  // count table %200: its value for every presence count pair of the group (when fewer than its keys)
  const tabled200 = (Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled200) {
    for (let i = lid; (i >>> 0 < Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v211 = 0;
      if (v210) {
        const v212 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
        const v213 = $fr(v212 + $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
        const v214 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
        const v215 = $fr(v213 + v214);
        const v216 = $fr(v212 + v214);
        const v217 = $fr(v16 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
        const v218 = $fr(v216 + v217);
        const v219 = $fr(v215 - v218);
        const v220 = Math.max(0, v219);
        const v221 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v214);
        const v222 = Math.min(v212, v221);
        const v223 = (v220 === v222);
        let v224 = 0;
        if (v223) {
          v224 = 0;
        } else {
          const v227 = $fr(v212 + v221);
          const v228 = $fr(v227 - v218);
          const v229 = Math.max(0, v228);
          const v230 = $i32f(v229);
          const v231 = $i32f(v222);
          const lo225 = v230;
          const hi226 = v231;
          const v232 = $fr(v221 + 1);
          const v233 = adv_lgamma(v232);
          const v234 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + 1);
          const v235 = adv_lgamma(v234);
          const v236 = $fr(v233 - v235);
          const v237 = $fr(v221 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
          const v238 = $fr(v237 + 1);
          const v239 = adv_lgamma(v238);
          const v240 = $fr(v236 - v239);
          const v241 = $fr(v218 - v221);
          const v242 = $fr(v212 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
          const v243 = $fr(v241 + 1);
          const v244 = adv_lgamma(v243);
          const v245 = $fr(v242 + 1);
          const v246 = adv_lgamma(v245);
          const v247 = $fr(v244 - v246);
          const v248 = $fr(v241 - v242);
          const v249 = $fr(v248 + 1);
          const v250 = adv_lgamma(v249);
          const v251 = $fr(v247 - v250);
          const v252 = $fr(v240 + v251);
          const v253 = $fr(v218 + 1);
          const v254 = adv_lgamma(v253);
          const v255 = $fr(v212 + 1);
          const v256 = adv_lgamma(v255);
          const v257 = $fr(v254 - v256);
          const v258 = $fr(v218 - v212);
          const v259 = $fr(v258 + 1);
          const v260 = adv_lgamma(v259);
          const v261 = $fr(v257 - v260);
          const v262 = $fr(v252 - v261);
          const v263 = $fr(v262 + 0.000009999999747378752);
          let fold265 = 0;
          if ((hi226 >= lo225)) {
            if (((hi226 - lo225 | 0) >>> 0 < 1048576 >>> 0)) {
              for (let n287 = 0; (n287 >>> 0 <= (hi226 - lo225 | 0) >>> 0); n287 = (n287 + 1 | 0)) {
                const k264 = (lo225 + n287 | 0);
                const v266 = $fr(k264);
                const v267 = $fr(v266 + 1);
                const v268 = adv_lgamma(v267);
                const v269 = $fr(v233 - v268);
                const v270 = $fr(v221 - v266);
                const v271 = $fr(v270 + 1);
                const v272 = adv_lgamma(v271);
                const v273 = $fr(v269 - v272);
                const v274 = $fr(v212 - v266);
                const v275 = $fr(v274 + 1);
                const v276 = adv_lgamma(v275);
                const v277 = $fr(v244 - v276);
                const v278 = $fr(v241 - v274);
                const v279 = $fr(v278 + 1);
                const v280 = adv_lgamma(v279);
                const v281 = $fr(v277 - v280);
                const v282 = $fr(v273 + v281);
                const v283 = $fr(v282 - v261);
                const v284 = $fr(Math.exp(v283));
                const v285 = (v283 <= v263);
                const v286 = (v285 ? v284 : 0);
                fold265 = $fr(fold265 + v286);
              }
            } else {
              F_out_0folds[g] = Math.max(F_out_0folds[g], 2);
            }
          }
          const v288 = fold265;
          const v289 = $fr((-2) * v288);
          const v290 = $fr(Math.exp(v289));
          v224 = v290;
        }
        const v291 = v224;
        const v292 = $fr(u_p_alpha * v291);
        v211 = v292;
      } else {
        v211 = 0;
      }
      const v293 = v211;
      const v294 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v295 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v294);
      const v296 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v297 = $fr(v296 + v294);
      const v298 = $fr(v16 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v299 = $fr(v297 + v298);
      const v300 = $fr(v295 / v299);
      const v301 = (-v300);
      const v302 = $fr(Math.log2(v300));
      const v303 = $fr(v301 * v302);
      const v304 = (v300 > 0);
      const v305 = (v304 ? v303 : 0);
      const v306 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) + v298);
      const v307 = $fr(v306 / v299);
      const v308 = (-v307);
      const v309 = $fr(Math.log2(v307));
      const v310 = $fr(v308 * v309);
      const v311 = (v307 > 0);
      const v312 = (v311 ? v310 : 0);
      const v313 = $fr(v305 + v312);
      const v314 = $fr(v296 / v299);
      const v315 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) / v296);
      const v316 = (-v315);
      const v317 = $fr(Math.log2(v315));
      const v318 = $fr(v316 * v317);
      const v319 = (v315 > 0);
      const v320 = (v319 ? v318 : 0);
      const v321 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) / v296);
      const v322 = (-v321);
      const v323 = $fr(Math.log2(v321));
      const v324 = $fr(v322 * v323);
      const v325 = (v321 > 0);
      const v326 = (v325 ? v324 : 0);
      const v327 = $fr(v320 + v326);
      const v328 = (v296 > 0);
      const v329 = (v328 ? v327 : 0);
      const v330 = $fr(v314 * v329);
      const v331 = $fr(v294 + v298);
      const v332 = $fr(v331 / v299);
      const v333 = $fr(v294 / v331);
      const v334 = (-v333);
      const v335 = $fr(Math.log2(v333));
      const v336 = $fr(v334 * v335);
      const v337 = (v333 > 0);
      const v338 = (v337 ? v336 : 0);
      const v339 = $fr(v298 / v331);
      const v340 = (-v339);
      const v341 = $fr(Math.log2(v339));
      const v342 = $fr(v340 * v341);
      const v343 = (v339 > 0);
      const v344 = (v343 ? v342 : 0);
      const v345 = $fr(v338 + v344);
      const v346 = (v331 > 0);
      const v347 = (v346 ? v345 : 0);
      const v348 = $fr(v332 * v347);
      const v349 = $fr(v330 + v348);
      const v350 = $fr(v313 - v349);
      const v351 = (v299 > 0);
      const v352 = (v351 ? v350 : 0);
      const v353 = $fr(u_p_beta * v352);
      const v355 = (v354 ? v353 : 0);
      const v356 = $fr(v293 + v355);
      F_table200[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound31 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound31 + 1 | 0)) | 0) | 0)] = v356;
    }
  }
  const v357 = (acc15 > 0);
  const v358 = (v16 > 0);
  const v359 = (v357 && v358);
  const v456 = $fr(u_p_alpha + u_p_beta);
  // key-map %234: once per distinct key of the group
  const nkeys234 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys234 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v360 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
    const v361 = (v360 !== u_p_zero_token_id);
    const v362 = (v359 && v361);
    let v363 = 0;
    if (v362) {
      const v364 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
      const v365 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
      let v366 = 0;
      if (tabled200) {
        v366 = F_table200[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v364 > 0 ? (v364 < 4294967296 ? v364 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v365 > 0 ? (v365 < 4294967296 ? v365 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        let v367 = 0;
        if (v210) {
          const v368 = $fr(v364 + v365);
          const v369 = $fr(v368 + v364);
          const v370 = F_v64[slot];
          const v371 = $fr(v369 + v370);
          const v372 = $fr(v368 + v370);
          const v373 = F_v65[slot];
          const v374 = $fr(v372 + v373);
          const v375 = $fr(v371 - v374);
          const v376 = Math.max(0, v375);
          const v377 = $fr(v364 + v370);
          const v378 = Math.min(v368, v377);
          const v379 = (v376 === v378);
          let v380 = 0;
          if (v379) {
            v380 = 0;
          } else {
            const v383 = $fr(v368 + v377);
            const v384 = $fr(v383 - v374);
            const v385 = Math.max(0, v384);
            const v386 = $i32f(v385);
            const v387 = $i32f(v378);
            const lo381 = v386;
            const hi382 = v387;
            const v388 = $fr(v377 + 1);
            const v389 = adv_lgamma(v388);
            const v390 = $fr(v364 + 1);
            const v391 = adv_lgamma(v390);
            const v392 = $fr(v389 - v391);
            const v393 = $fr(v377 - v364);
            const v394 = $fr(v393 + 1);
            const v395 = adv_lgamma(v394);
            const v396 = $fr(v392 - v395);
            const v397 = $fr(v374 - v377);
            const v398 = $fr(v368 - v364);
            const v399 = $fr(v397 + 1);
            const v400 = adv_lgamma(v399);
            const v401 = $fr(v398 + 1);
            const v402 = adv_lgamma(v401);
            const v403 = $fr(v400 - v402);
            const v404 = $fr(v397 - v398);
            const v405 = $fr(v404 + 1);
            const v406 = adv_lgamma(v405);
            const v407 = $fr(v403 - v406);
            const v408 = $fr(v396 + v407);
            const v409 = $fr(v374 + 1);
            const v410 = adv_lgamma(v409);
            const v411 = $fr(v368 + 1);
            const v412 = adv_lgamma(v411);
            const v413 = $fr(v410 - v412);
            const v414 = $fr(v374 - v368);
            const v415 = $fr(v414 + 1);
            const v416 = adv_lgamma(v415);
            const v417 = $fr(v413 - v416);
            const v418 = $fr(v408 - v417);
            const v419 = $fr(v418 + 0.000009999999747378752);
            let fold421 = 0;
            if ((hi382 >= lo381)) {
              if (((hi382 - lo381 | 0) >>> 0 < 1048576 >>> 0)) {
                for (let n443 = 0; (n443 >>> 0 <= (hi382 - lo381 | 0) >>> 0); n443 = (n443 + 1 | 0)) {
                  const k420 = (lo381 + n443 | 0);
                  const v422 = $fr(k420);
                  const v423 = $fr(v422 + 1);
                  const v424 = adv_lgamma(v423);
                  const v425 = $fr(v389 - v424);
                  const v426 = $fr(v377 - v422);
                  const v427 = $fr(v426 + 1);
                  const v428 = adv_lgamma(v427);
                  const v429 = $fr(v425 - v428);
                  const v430 = $fr(v368 - v422);
                  const v431 = $fr(v430 + 1);
                  const v432 = adv_lgamma(v431);
                  const v433 = $fr(v400 - v432);
                  const v434 = $fr(v397 - v430);
                  const v435 = $fr(v434 + 1);
                  const v436 = adv_lgamma(v435);
                  const v437 = $fr(v433 - v436);
                  const v438 = $fr(v429 + v437);
                  const v439 = $fr(v438 - v417);
                  const v440 = $fr(Math.exp(v439));
                  const v441 = (v439 <= v419);
                  const v442 = (v441 ? v440 : 0);
                  fold421 = $fr(fold421 + v442);
                }
              } else {
                F_out_0folds[g] = Math.max(F_out_0folds[g], 2);
              }
            }
            const v444 = fold421;
            const v445 = $fr((-2) * v444);
            const v446 = $fr(Math.exp(v445));
            v380 = v446;
          }
          const v447 = v380;
          const v448 = $fr(u_p_alpha * v447);
          v367 = v448;
        } else {
          v367 = 0;
        }
        const v449 = v367;
        const v450 = F_v197[slot];
        const v451 = $fr(u_p_beta * v450);
        const v452 = (v354 ? v451 : 0);
        v366 = $fr(v449 + v452);
      }
      const v453 = v366;
      const v454 = F_v220[slot];
      const v455 = $fr(v453 * v454);
      const v457 = $fr(v455 / v456);
      const v458 = $fr(1 / $fr(1 + $fr(Math.exp((-v457)))));
      const v459 = $fr(v458 - 0.5);
      const v460 = $fr(v459 * 2);
      const v461 = $fr(v460 * u_p_top);
      v363 = v461;
    } else {
      v363 = 0;
    }
    F_v234[slot] = v363;
  }
  // count table %257: its value for every presence count pair of the group (when fewer than its keys)
  const tabled257 = (Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled257) {
    for (let i = lid; (i >>> 0 < Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v464 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v465 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v466 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v465);
      const v467 = $fr(v464 + v466);
      const v468 = $fr(v464 + v465);
      const v469 = $fr(v16 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v470 = $fr(v468 + v469);
      const v471 = $fr(v467 - v470);
      const v472 = Math.max(0, v471);
      const v473 = $i32f(v472);
      const v474 = Math.min(v464, v466);
      const v475 = $i32f(v474);
      const lo462 = v473;
      const hi463 = v475;
      const v476 = $fr(v466 + 1);
      const v477 = adv_lgamma(v476);
      const v478 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + 1);
      const v479 = adv_lgamma(v478);
      const v480 = $fr(v477 - v479);
      const v481 = $fr(v466 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v482 = $fr(v481 + 1);
      const v483 = adv_lgamma(v482);
      const v484 = $fr(v480 - v483);
      const v485 = $fr(v470 - v466);
      const v486 = $fr(v464 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v487 = $fr(v485 + 1);
      const v488 = adv_lgamma(v487);
      const v489 = $fr(v486 + 1);
      const v490 = adv_lgamma(v489);
      const v491 = $fr(v488 - v490);
      const v492 = $fr(v485 - v486);
      const v493 = $fr(v492 + 1);
      const v494 = adv_lgamma(v493);
      const v495 = $fr(v491 - v494);
      const v496 = $fr(v484 + v495);
      const v497 = $fr(v470 + 1);
      const v498 = adv_lgamma(v497);
      const v499 = $fr(v464 + 1);
      const v500 = adv_lgamma(v499);
      const v501 = $fr(v498 - v500);
      const v502 = $fr(v470 - v464);
      const v503 = $fr(v502 + 1);
      const v504 = adv_lgamma(v503);
      const v505 = $fr(v501 - v504);
      const v506 = $fr(v496 - v505);
      const v507 = $fr(v506 + 0.000009999999747378752);
      let fold509 = 0;
      if ((hi463 >= lo462)) {
        if (((hi463 - lo462 | 0) >>> 0 < 1048576 >>> 0)) {
          for (let n531 = 0; (n531 >>> 0 <= (hi463 - lo462 | 0) >>> 0); n531 = (n531 + 1 | 0)) {
            const k508 = (lo462 + n531 | 0);
            const v510 = $fr(k508);
            const v511 = $fr(v510 + 1);
            const v512 = adv_lgamma(v511);
            const v513 = $fr(v477 - v512);
            const v514 = $fr(v466 - v510);
            const v515 = $fr(v514 + 1);
            const v516 = adv_lgamma(v515);
            const v517 = $fr(v513 - v516);
            const v518 = $fr(v464 - v510);
            const v519 = $fr(v518 + 1);
            const v520 = adv_lgamma(v519);
            const v521 = $fr(v488 - v520);
            const v522 = $fr(v485 - v518);
            const v523 = $fr(v522 + 1);
            const v524 = adv_lgamma(v523);
            const v525 = $fr(v521 - v524);
            const v526 = $fr(v517 + v525);
            const v527 = $fr(v526 - v505);
            const v528 = $fr(Math.exp(v527));
            const v529 = (v527 <= v507);
            const v530 = (v529 ? v528 : 0);
            fold509 = $fr(fold509 + v530);
          }
        } else {
          F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
        }
      }
      const v532 = fold509;
      F_table257[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound31 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound31 + 1 | 0)) | 0) | 0)] = v532;
    }
  }
  // key-map %257: once per distinct key of the group
  const nkeys257 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys257 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v535 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
    const v536 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
    const v537 = $fr(v535 + v536);
    const v538 = F_v64[slot];
    const v539 = $fr(v535 + v538);
    const v540 = $fr(v537 + v539);
    const v541 = $fr(v537 + v538);
    const v542 = F_v65[slot];
    const v543 = $fr(v541 + v542);
    const v544 = $fr(v540 - v543);
    const v545 = Math.max(0, v544);
    const v546 = $i32f(v545);
    const v547 = Math.min(v537, v539);
    const v548 = $i32f(v547);
    const lo533 = v546;
    const hi534 = v548;
    const v549 = $fr(v539 + 1);
    const v550 = adv_lgamma(v549);
    const v551 = $fr(v535 + 1);
    const v552 = adv_lgamma(v551);
    const v553 = $fr(v550 - v552);
    const v554 = $fr(v539 - v535);
    const v555 = $fr(v554 + 1);
    const v556 = adv_lgamma(v555);
    const v557 = $fr(v553 - v556);
    const v558 = $fr(v543 - v539);
    const v559 = $fr(v537 - v535);
    const v560 = $fr(v558 + 1);
    const v561 = adv_lgamma(v560);
    const v562 = $fr(v559 + 1);
    const v563 = adv_lgamma(v562);
    const v564 = $fr(v561 - v563);
    const v565 = $fr(v558 - v559);
    const v566 = $fr(v565 + 1);
    const v567 = adv_lgamma(v566);
    const v568 = $fr(v564 - v567);
    const v569 = $fr(v557 + v568);
    const v570 = $fr(v543 + 1);
    const v571 = adv_lgamma(v570);
    const v572 = $fr(v537 + 1);
    const v573 = adv_lgamma(v572);
    const v574 = $fr(v571 - v573);
    const v575 = $fr(v543 - v537);
    const v576 = $fr(v575 + 1);
    const v577 = adv_lgamma(v576);
    const v578 = $fr(v574 - v577);
    const v579 = $fr(v569 - v578);
    const v580 = $fr(v579 + 0.000009999999747378752);
    let fold582 = 0;
    if ((hi534 >= lo533)) {
      if (((hi534 - lo533 | 0) >>> 0 < 1048576 >>> 0)) {
        for (let n604 = 0; (n604 >>> 0 <= (hi534 - lo533 | 0) >>> 0); n604 = (n604 + 1 | 0)) {
          const k581 = (lo533 + n604 | 0);
          const v583 = $fr(k581);
          const v584 = $fr(v583 + 1);
          const v585 = adv_lgamma(v584);
          const v586 = $fr(v550 - v585);
          const v587 = $fr(v539 - v583);
          const v588 = $fr(v587 + 1);
          const v589 = adv_lgamma(v588);
          const v590 = $fr(v586 - v589);
          const v591 = $fr(v537 - v583);
          const v592 = $fr(v591 + 1);
          const v593 = adv_lgamma(v592);
          const v594 = $fr(v561 - v593);
          const v595 = $fr(v558 - v591);
          const v596 = $fr(v595 + 1);
          const v597 = adv_lgamma(v596);
          const v598 = $fr(v594 - v597);
          const v599 = $fr(v590 + v598);
          const v600 = $fr(v599 - v578);
          const v601 = $fr(Math.exp(v600));
          const v602 = (v600 <= v580);
          const v603 = (v602 ? v601 : 0);
          fold582 = $fr(fold582 + v603);
        }
      } else {
        F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
      }
    }
    F_v257[slot] = fold582;
  }
  // reduce to group %269
  let acc269 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v605 = F_v9[row];
    const v606 = $fr(v605 - acc267);
    acc269 = $fr(acc269 + v606);
  }
  if ((lid === 0)) {
    F_v269[g] = acc269;
  }
  // reduce to group %281
  const v608 = $fr(acc269 / acc16);
  const v609 = $fr(acc267 + v608);
  const v611 = $fr(acc274 - acc267);
  const v612 = (v611 > 0);
  const v613 = (v612 ? v611 : 1);
  let acc281 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v607 = F_v9[row];
    const v610 = $fr(v607 - v609);
    const v614 = $fr(v610 / v613);
    const v615 = $fr(v614 * v614);
    acc281 = $fr(acc281 + v615);
  }
  if ((lid === 0)) {
    F_v281[g] = acc281;
  }
  const v617 = (acc16 > 1);
  const v618 = (v617 ? v609 : 0);
  const v620 = $fr(acc16 - 1);
  const v621 = $fr(acc281 / v620);
  const v622 = $fr(Math.sqrt(v621));
  const v623 = $fr(v622 * v613);
  const v624 = (v617 ? v623 : 1);
  const v625 = $fr(v624 + u_p_epsilon);
  // outputs out_advantages, out_key_values, out_key_a, out_key_b, out_key_c, out_key_d, out_key_p_value, out_key_information_gain, out_key_direction
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v616 = F_v9[row];
    const v619 = $fr(v616 - v618);
    const v626 = $fr(v619 / v625);
    const v627 = (v619 === 0);
    const v628 = (v627 ? 0 : v626);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw629 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v630 = F_v234[((sw629 !== (-1)) ? (sw629 & 2147483647) : 0)];
      const v631 = ((sw629 !== (-1)) ? v630 : 0);
      const v632 = $fr(v628 + v631);
      const v633 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v634 = $fr(v633);
      const v635 = $fr(v632 * v634);
      const v636 = v631;
      const v637 = $fr(H[(u_oh_acc27 + ((sw629 !== (-1)) ? (sw629 & 2147483647) : 0) | 0)] >>> 0);
      const v638 = ((sw629 !== (-1)) ? v637 : 0);
      const v639 = v638;
      const v640 = $fr(H[(u_oh_acc31 + ((sw629 !== (-1)) ? (sw629 & 2147483647) : 0) | 0)] >>> 0);
      const v641 = ((sw629 !== (-1)) ? v640 : 0);
      const v642 = v641;
      const v643 = F_v64[((sw629 !== (-1)) ? (sw629 & 2147483647) : 0)];
      const v644 = ((sw629 !== (-1)) ? v643 : 0);
      const v645 = v644;
      const v646 = F_v65[((sw629 !== (-1)) ? (sw629 & 2147483647) : 0)];
      const v647 = ((sw629 !== (-1)) ? v646 : 0);
      const v648 = v647;
      const v649 = F_v257[((sw629 !== (-1)) ? (sw629 & 2147483647) : 0)];
      const v650 = ((sw629 !== (-1)) ? v649 : 0);
      const v651 = v650;
      const v652 = F_v197[((sw629 !== (-1)) ? (sw629 & 2147483647) : 0)];
      const v653 = ((sw629 !== (-1)) ? v652 : 0);
      const v654 = v653;
      const v655 = F_v220[((sw629 !== (-1)) ? (sw629 & 2147483647) : 0)];
      const v656 = ((sw629 !== (-1)) ? v655 : 0);
      const v657 = v656;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v635;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v636;
      F_out_key_a[(Math.imul(row, u_T) + t | 0)] = v639;
      F_out_key_b[(Math.imul(row, u_T) + t | 0)] = v642;
      F_out_key_c[(Math.imul(row, u_T) + t | 0)] = v645;
      F_out_key_d[(Math.imul(row, u_T) + t | 0)] = v648;
      F_out_key_p_value[(Math.imul(row, u_T) + t | 0)] = v651;
      F_out_key_information_gain[(Math.imul(row, u_T) + t | 0)] = v654;
      F_out_key_direction[(Math.imul(row, u_T) + t | 0)] = v657;
    }
  }
  // outputs out_rollout_advantage
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v658 = F_v9[row];
    const v659 = $fr(v658 - v618);
    const v660 = $fr(v659 / v625);
    const v661 = (v659 === 0);
    const v662 = (v661 ? 0 : v660);
    F_out_rollout_advantage[row] = v662;
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