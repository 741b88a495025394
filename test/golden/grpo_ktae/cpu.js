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
  const I_response_mask = $I_response_mask;
  const F_v9 = $F_v9;
  const F_v19 = $F_v19;
  const F_v15 = $F_v15;
  const F_v16 = $F_v16;
  const F_v21 = $F_v21;
  const F_v23 = $F_v23;
  const F_v237 = $F_v237;
  const F_v244 = $F_v244;
  const I_kbase = $I_kbase;
  const I_vbase = $I_vbase;
  const H = $H;
  const I_korder = $I_korder;
  const I_responses = $I_responses;
  const F_out_0folds = $F_out_0folds;
  const F_table200 = $F_table200;
  const F_table212 = $F_table212;
  const F_v234 = $F_v234;
  const F_v239 = $F_v239;
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
  // reduce to group %15, %16, %21, %23, %237, %244
  let acc15 = 0;
  let acc16 = 0;
  let acc21 = 0;
  let acc23 = 0;
  let acc237 = Infinity;
  let acc244 = (-Infinity);
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
    acc237 = Math.min(acc237, v5);
    acc244 = Math.max(acc244, v5);
  }
  if ((lid === 0)) {
    F_v15[g] = acc15;
    F_v16[g] = $fr(acc16 >>> 0);
    F_v21[g] = acc21;
    F_v23[g] = acc23;
    F_v237[g] = acc237;
    F_v244[g] = acc244;
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
  let bound27 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v20 = F_v9[row];
    const v21 = (v20 > 0);
    bound27 = (bound27 + (v21 ? 1 : 0) | 0);
  }
  let bound31 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v22 = F_v9[row];
    const v23 = (v22 > 0);
    const v24 = (!v23);
    bound31 = (bound31 + (v24 ? 1 : 0) | 0);
  }
  const v25 = (u_p_alpha !== 0);
  const v32 = $fr($fr(acc16 >>> 0) - acc15);
  const v170 = (u_p_beta !== 0);
  // count table %200: its value for every presence count pair of the group (when fewer than its keys)
  const tabled200 = (Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled200) {
    for (let i = lid; (i >>> 0 < Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v26 = 0;
      if (v25) {
        const v27 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
        const v28 = $fr(v27 + $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
        const v29 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
        const v30 = $fr(v28 + v29);
        const v31 = $fr(v27 + v29);
        const v33 = $fr(v32 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
        const v34 = $fr(v31 + v33);
        const v35 = $fr(v30 - v34);
        const v36 = Math.max(0, v35);
        const v37 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v29);
        const v38 = Math.min(v27, v37);
        const v39 = (v36 === v38);
        let v40 = 0;
        if (v39) {
          v40 = 0;
        } else {
          const v43 = $fr(v27 + v37);
          const v44 = $fr(v43 - v34);
          const v45 = Math.max(0, v44);
          const v46 = $i32f(v45);
          const v47 = $i32f(v38);
          const lo41 = v46;
          const hi42 = v47;
          const v48 = $fr(v37 + 1);
          const v49 = adv_lgamma(v48);
          const v50 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + 1);
          const v51 = adv_lgamma(v50);
          const v52 = $fr(v49 - v51);
          const v53 = $fr(v37 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
          const v54 = $fr(v53 + 1);
          const v55 = adv_lgamma(v54);
          const v56 = $fr(v52 - v55);
          const v57 = $fr(v34 - v37);
          const v58 = $fr(v27 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
          const v59 = $fr(v57 + 1);
          const v60 = adv_lgamma(v59);
          const v61 = $fr(v58 + 1);
          const v62 = adv_lgamma(v61);
          const v63 = $fr(v60 - v62);
          const v64 = $fr(v57 - v58);
          const v65 = $fr(v64 + 1);
          const v66 = adv_lgamma(v65);
          const v67 = $fr(v63 - v66);
          const v68 = $fr(v56 + v67);
          const v69 = $fr(v34 + 1);
          const v70 = adv_lgamma(v69);
          const v71 = $fr(v27 + 1);
          const v72 = adv_lgamma(v71);
          const v73 = $fr(v70 - v72);
          const v74 = $fr(v34 - v27);
          const v75 = $fr(v74 + 1);
          const v76 = adv_lgamma(v75);
          const v77 = $fr(v73 - v76);
          const v78 = $fr(v68 - v77);
          const v79 = $fr(v78 + 0.000009999999747378752);
          let fold81 = 0;
          if ((hi42 >= lo41)) {
            if (((hi42 - lo41 | 0) >>> 0 < 1048576 >>> 0)) {
              for (let n103 = 0; (n103 >>> 0 <= (hi42 - lo41 | 0) >>> 0); n103 = (n103 + 1 | 0)) {
                const k80 = (lo41 + n103 | 0);
                const v82 = $fr(k80);
                const v83 = $fr(v82 + 1);
                const v84 = adv_lgamma(v83);
                const v85 = $fr(v49 - v84);
                const v86 = $fr(v37 - v82);
                const v87 = $fr(v86 + 1);
                const v88 = adv_lgamma(v87);
                const v89 = $fr(v85 - v88);
                const v90 = $fr(v27 - v82);
                const v91 = $fr(v90 + 1);
                const v92 = adv_lgamma(v91);
                const v93 = $fr(v60 - v92);
                const v94 = $fr(v57 - v90);
                const v95 = $fr(v94 + 1);
                const v96 = adv_lgamma(v95);
                const v97 = $fr(v93 - v96);
                const v98 = $fr(v89 + v97);
                const v99 = $fr(v98 - v77);
                const v100 = $fr(Math.exp(v99));
                const v101 = (v99 <= v79);
                const v102 = (v101 ? v100 : 0);
                fold81 = $fr(fold81 + v102);
              }
            } else {
              F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
            }
          }
          const v104 = fold81;
          const v105 = $fr((-2) * v104);
          const v106 = $fr(Math.exp(v105));
          v40 = v106;
        }
        const v107 = v40;
        const v108 = $fr(u_p_alpha * v107);
        v26 = v108;
      } else {
        v26 = 0;
      }
      const v109 = v26;
      const v110 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v111 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v110);
      const v112 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v113 = $fr(v112 + v110);
      const v114 = $fr(v32 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v115 = $fr(v113 + v114);
      const v116 = $fr(v111 / v115);
      const v117 = (-v116);
      const v118 = $fr(Math.log2(v116));
      const v119 = $fr(v117 * v118);
      const v120 = (v116 > 0);
      const v121 = (v120 ? v119 : 0);
      const v122 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) + v114);
      const v123 = $fr(v122 / v115);
      const v124 = (-v123);
      const v125 = $fr(Math.log2(v123));
      const v126 = $fr(v124 * v125);
      const v127 = (v123 > 0);
      const v128 = (v127 ? v126 : 0);
      const v129 = $fr(v121 + v128);
      const v130 = $fr(v112 / v115);
      const v131 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) / v112);
      const v132 = (-v131);
      const v133 = $fr(Math.log2(v131));
      const v134 = $fr(v132 * v133);
      const v135 = (v131 > 0);
      const v136 = (v135 ? v134 : 0);
      const v137 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) / v112);
      const v138 = (-v137);
      const v139 = $fr(Math.log2(v137));
      const v140 = $fr(v138 * v139);
      const v141 = (v137 > 0);
      const v142 = (v141 ? v140 : 0);
      const v143 = $fr(v136 + v142);
      const v144 = (v112 > 0);
      const v145 = (v144 ? v143 : 0);
      const v146 = $fr(v130 * v145);
      const v147 = $fr(v110 + v114);
      const v148 = $fr(v147 / v115);
      const v149 = $fr(v110 / v147);
      const v150 = (-v149);
      const v151 = $fr(Math.log2(v149));
      const v152 = $fr(v150 * v151);
      const v153 = (v149 > 0);
      const v154 = (v153 ? v152 : 0);
      const v155 = $fr(v114 / v147);
      const v156 = (-v155);
      const v157 = $fr(Math.log2(v155));
      const v158 = $fr(v156 * v157);
      const v159 = (v155 > 0);
      const v160 = (v159 ? v158 : 0);
      const v161 = $fr(v154 + v160);
      const v162 = (v147 > 0);
      const v163 = (v162 ? v161 : 0);
      const v164 = $fr(v148 * v163);
      const v165 = $fr(v146 + v164);
      const v166 = $fr(v129 - v165);
      const v167 = (v115 > 0);
      const v168 = (v167 ? v166 : 0);
      const v169 = $fr(u_p_beta * v168);
      const v171 = (v170 ? v169 : 0);
      const v172 = $fr(v109 + v171);
      F_table200[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound31 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound31 + 1 | 0)) | 0) | 0)] = v172;
    }
  }
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const tabled212 = (Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled212) {
    for (let i = lid; (i >>> 0 < Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v173 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v174 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v173);
      const v175 = $fr(v174 + 1.000000013351432e-10);
      const v176 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) / v175);
      const v177 = Math.min(Math.max(v176, 0), 1);
      const v178 = $fr(Math.sqrt(v177));
      const v179 = adv_asin(v178);
      const v180 = $fr(v32 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v181 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) + v180);
      const v182 = $fr(v181 + 1.000000013351432e-10);
      const v183 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) / v182);
      const v184 = Math.min(Math.max(v183, 0), 1);
      const v185 = $fr(Math.sqrt(v184));
      const v186 = adv_asin(v185);
      const v187 = $fr(v179 - v186);
      F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound31 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound31 + 1 | 0)) | 0) | 0)] = v187;
    }
  }
  const v188 = (acc15 > 0);
  const v189 = (v32 > 0);
  const v190 = (v188 && v189);
  const v361 = $fr(u_p_bm25_k1 + 1);
  const v363 = $fr(1 - u_p_bm25_b);
  const v364 = $fr(u_p_bm25_b * acc21);
  const v365 = $fr(acc21 + acc23);
  const v366 = $fr(v365 / 2);
  const v367 = $fr(v364 / v366);
  const v368 = $fr(v363 + v367);
  const v369 = $fr(u_p_bm25_k1 * v368);
  const v372 = (acc21 > 0);
  const v377 = $fr(u_p_bm25_b * acc23);
  const v378 = $fr(acc23 + acc21);
  const v379 = $fr(v378 / 2);
  const v380 = $fr(v377 / v379);
  const v381 = $fr(v363 + v380);
  const v382 = $fr(u_p_bm25_k1 * v381);
  const v385 = (acc23 > 0);
  const v392 = (u_p_gamma !== 0);
  const v396 = $fr(u_p_alpha + u_p_beta);
  // key-map %234: once per distinct key of the group
  const nkeys234 = H[(u_oh_count_tok + g | 0)];
  for (let i = lid; (i >>> 0 < nkeys234 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const v191 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
    const v192 = (v191 !== u_p_zero_token_id);
    const v193 = (v190 && v192);
    let v194 = 0;
    if (v193) {
      const v195 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
      const v196 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
      let v197 = 0;
      if (tabled200) {
        v197 = F_table200[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v195 > 0 ? (v195 < 4294967296 ? v195 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v196 > 0 ? (v196 < 4294967296 ? v196 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        let v198 = 0;
        if (v25) {
          const v199 = $fr(v195 + v196);
          const v200 = $fr(v199 + v195);
          const v201 = $fr(acc15 - v195);
          const v202 = $fr(v200 + v201);
          const v203 = $fr(v199 + v201);
          const v204 = $fr(v32 - v196);
          const v205 = $fr(v203 + v204);
          const v206 = $fr(v202 - v205);
          const v207 = Math.max(0, v206);
          const v208 = $fr(v195 + v201);
          const v209 = Math.min(v199, v208);
          const v210 = (v207 === v209);
          let v211 = 0;
          if (v210) {
            v211 = 0;
          } else {
            const v214 = $fr(v199 + v208);
            const v215 = $fr(v214 - v205);
            const v216 = Math.max(0, v215);
            const v217 = $i32f(v216);
            const v218 = $i32f(v209);
            const lo212 = v217;
            const hi213 = v218;
            const v219 = $fr(v208 + 1);
            const v220 = adv_lgamma(v219);
            const v221 = $fr(v195 + 1);
            const v222 = adv_lgamma(v221);
            const v223 = $fr(v220 - v222);
            const v224 = $fr(v208 - v195);
            const v225 = $fr(v224 + 1);
            const v226 = adv_lgamma(v225);
            const v227 = $fr(v223 - v226);
            const v228 = $fr(v205 - v208);
            const v229 = $fr(v199 - v195);
            const v230 = $fr(v228 + 1);
            const v231 = adv_lgamma(v230);
            const v232 = $fr(v229 + 1);
            const v233 = adv_lgamma(v232);
            const v234 = $fr(v231 - v233);
            const v235 = $fr(v228 - v229);
            const v236 = $fr(v235 + 1);
            const v237 = adv_lgamma(v236);
            const v238 = $fr(v234 - v237);
            const v239 = $fr(v227 + v238);
            const v240 = $fr(v205 + 1);
            const v241 = adv_lgamma(v240);
            const v242 = $fr(v199 + 1);
            const v243 = adv_lgamma(v242);
            const v244 = $fr(v241 - v243);
            const v245 = $fr(v205 - v199);
            const v246 = $fr(v245 + 1);
            const v247 = adv_lgamma(v246);
            const v248 = $fr(v244 - v247);
            const v249 = $fr(v239 - v248);
            const v250 = $fr(v249 + 0.000009999999747378752);
            let fold252 = 0;
            if ((hi213 >= lo212)) {
              if (((hi213 - lo212 | 0) >>> 0 < 1048576 >>> 0)) {
                for (let n274 = 0; (n274 >>> 0 <= (hi213 - lo212 | 0) >>> 0); n274 = (n274 + 1 | 0)) {
                  const k251 = (lo212 + n274 | 0);
                  const v253 = $fr(k251);
                  const v254 = $fr(v253 + 1);
                  const v255 = adv_lgamma(v254);
                  const v256 = $fr(v220 - v255);
                  const v257 = $fr(v208 - v253);
                  const v258 = $fr(v257 + 1);
                  const v259 = adv_lgamma(v258);
                  const v260 = $fr(v256 - v259);
                  const v261 = $fr(v199 - v253);
                  const v262 = $fr(v261 + 1);
                  const v263 = adv_lgamma(v262);
                  const v264 = $fr(v231 - v263);
                  const v265 = $fr(v228 - v261);
                  const v266 = $fr(v265 + 1);
                  const v267 = adv_lgamma(v266);
                  const v268 = $fr(v264 - v267);
                  const v269 = $fr(v260 + v268);
                  const v270 = $fr(v269 - v248);
                  const v271 = $fr(Math.exp(v270));
                  const v272 = (v270 <= v250);
                  const v273 = (v272 ? v271 : 0);
                  fold252 = $fr(fold252 + v273);
                }
              } else {
                F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
              }
            }
            const v275 = fold252;
            const v276 = $fr((-2) * v275);
            const v277 = $fr(Math.exp(v276));
            v211 = v277;
          }
          const v278 = v211;
          const v279 = $fr(u_p_alpha * v278);
          v198 = v279;
        } else {
          v198 = 0;
        }
        const v280 = v198;
        const v281 = $fr(acc15 - v195);
        const v282 = $fr(v195 + v281);
        const v283 = $fr(v195 + v196);
        const v284 = $fr(v283 + v281);
        const v285 = $fr(v32 - v196);
        const v286 = $fr(v284 + v285);
        const v287 = $fr(v282 / v286);
        const v288 = (-v287);
        const v289 = $fr(Math.log2(v287));
        const v290 = $fr(v288 * v289);
        const v291 = (v287 > 0);
        const v292 = (v291 ? v290 : 0);
        const v293 = $fr(v196 + v285);
        const v294 = $fr(v293 / v286);
        const v295 = (-v294);
        const v296 = $fr(Math.log2(v294));
        const v297 = $fr(v295 * v296);
        const v298 = (v294 > 0);
        const v299 = (v298 ? v297 : 0);
        const v300 = $fr(v292 + v299);
        const v301 = $fr(v283 / v286);
        const v302 = $fr(v195 / v283);
        const v303 = (-v302);
        const v304 = $fr(Math.log2(v302));
        const v305 = $fr(v303 * v304);
        const v306 = (v302 > 0);
        const v307 = (v306 ? v305 : 0);
        const v308 = $fr(v196 / v283);
        const v309 = (-v308);
        const v310 = $fr(Math.log2(v308));
        const v311 = $fr(v309 * v310);
        const v312 = (v308 > 0);
        const v313 = (v312 ? v311 : 0);
        const v314 = $fr(v307 + v313);
        const v315 = (v283 > 0);
        const v316 = (v315 ? v314 : 0);
        const v317 = $fr(v301 * v316);
        const v318 = $fr(v281 + v285);
        const v319 = $fr(v318 / v286);
        const v320 = $fr(v281 / v318);
        const v321 = (-v320);
        const v322 = $fr(Math.log2(v320));
        const v323 = $fr(v321 * v322);
        const v324 = (v320 > 0);
        const v325 = (v324 ? v323 : 0);
        const v326 = $fr(v285 / v318);
        const v327 = (-v326);
        const v328 = $fr(Math.log2(v326));
        const v329 = $fr(v327 * v328);
        const v330 = (v326 > 0);
        const v331 = (v330 ? v329 : 0);
        const v332 = $fr(v325 + v331);
        const v333 = (v318 > 0);
        const v334 = (v333 ? v332 : 0);
        const v335 = $fr(v319 * v334);
        const v336 = $fr(v317 + v335);
        const v337 = $fr(v300 - v336);
        const v338 = (v286 > 0);
        const v339 = (v338 ? v337 : 0);
        const v340 = $fr(u_p_beta * v339);
        const v341 = (v170 ? v340 : 0);
        v197 = $fr(v280 + v341);
      }
      const v342 = v197;
      let v343 = 0;
      if (tabled212) {
        v343 = F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v195 > 0 ? (v195 < 4294967296 ? v195 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v196 > 0 ? (v196 < 4294967296 ? v196 >>> 0 | 0 : -1) : 0) | 0) | 0)];
      } else {
        const v344 = $fr(acc15 - v195);
        const v345 = $fr(v195 + v344);
        const v346 = $fr(v345 + 1.000000013351432e-10);
        const v347 = $fr(v195 / v346);
        const v348 = Math.min(Math.max(v347, 0), 1);
        const v349 = $fr(Math.sqrt(v348));
        const v350 = adv_asin(v349);
        const v351 = $fr(v32 - v196);
        const v352 = $fr(v196 + v351);
        const v353 = $fr(v352 + 1.000000013351432e-10);
        const v354 = $fr(v196 / v353);
        const v355 = Math.min(Math.max(v354, 0), 1);
        const v356 = $fr(Math.sqrt(v355));
        const v357 = adv_asin(v356);
        v343 = $fr(v350 - v357);
      }
      const v358 = v343;
      const v359 = $fr(H[(u_oh_acc33 + slot | 0)] >>> 0);
      const v360 = $fr(v359 / acc21);
      const v362 = $fr(v360 * v361);
      const v370 = $fr(v360 + v369);
      const v371 = $fr(v362 / v370);
      const v373 = (v372 ? v371 : 0);
      const v374 = $fr(H[(u_oh_acc51 + slot | 0)] >>> 0);
      const v375 = $fr(v374 / acc23);
      const v376 = $fr(v375 * v361);
      const v383 = $fr(v375 + v382);
      const v384 = $fr(v376 / v383);
      const v386 = (v385 ? v384 : 0);
      const v387 = $fr(v386 + 0.000009999999747378752);
      const v388 = $fr(v373 / v387);
      const v389 = $fr(v373 + 0.000009999999747378752);
      const v390 = $fr(v386 / v389);
      const v391 = $fr(v388 - v390);
      const v393 = (v392 ? v391 : 0);
      const v394 = $fr(v358 + v393);
      const v395 = $fr(v342 * v394);
      const v397 = $fr(v395 / v396);
      const v398 = $fr(1 / $fr(1 + $fr(Math.exp((-v397)))));
      const v399 = $fr(v398 - 0.5);
      const v400 = $fr(v399 * 2);
      const v401 = $fr(v400 * u_p_top);
      v194 = v401;
    } else {
      v194 = 0;
    }
    F_v234[slot] = v194;
  }
  // reduce to group %239
  let acc239 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v402 = F_v9[row];
    const v403 = $fr(v402 - acc237);
    acc239 = $fr(acc239 + v403);
  }
  if ((lid === 0)) {
    F_v239[g] = acc239;
  }
  // reduce to group %251
  const v405 = $fr(acc239 / $fr(acc16 >>> 0));
  const v406 = $fr(acc237 + v405);
  const v408 = $fr(acc244 - acc237);
  const v409 = (v408 > 0);
  const v410 = (v409 ? v408 : 1);
  let acc251 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v404 = F_v9[row];
    const v407 = $fr(v404 - v406);
    const v411 = $fr(v407 / v410);
    const v412 = $fr(v411 * v411);
    acc251 = $fr(acc251 + v412);
  }
  if ((lid === 0)) {
    F_v251[g] = acc251;
  }
  const v414 = ($fr(acc16 >>> 0) > 1);
  const v415 = (v414 ? v406 : 0);
  const v417 = $fr($fr(acc16 >>> 0) - 1);
  const v418 = $fr(acc251 / v417);
  const v419 = $fr(Math.sqrt(v418));
  const v420 = $fr(v419 * v410);
  const v421 = (v414 ? v420 : 1);
  const v422 = $fr(v421 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v413 = F_v9[row];
    const v416 = $fr(v413 - v415);
    const v423 = $fr(v416 / v422);
    const v424 = (v416 === 0);
    const v425 = (v424 ? 0 : v423);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw426 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v427 = F_v234[((sw426 !== (-1)) ? (sw426 & 2147483647) : 0)];
      const v428 = ((sw426 !== (-1)) ? v427 : 0);
      const v429 = $fr(v425 + v428);
      const v430 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v431 = $fr(v430);
      const v432 = $fr(v429 * v431);
      const v433 = v428;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v432;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v433;
    }
  }
}
let u, $H, $F_token_level_rewards, $F_v9, $F_v19, $F_v15, $F_v16, $F_v21, $F_v23, $F_v237, $F_v244, $F_out_0folds, $F_table200, $F_table212, $F_v234, $F_v239, $F_v251, $F_out_advantages, $F_out_key_values, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase, $I_korder, $I_responses;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v9 = f["v9"];
  $F_v19 = f["v19"];
  $F_v15 = f["v15"];
  $F_v16 = f["v16"];
  $F_v21 = f["v21"];
  $F_v23 = f["v23"];
  $F_v237 = f["v237"];
  $F_v244 = f["v244"];
  $F_out_0folds = f["out_0folds"];
  $F_table200 = f["table200"];
  $F_table212 = f["table212"];
  $F_v234 = f["v234"];
  $F_v239 = f["v239"];
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