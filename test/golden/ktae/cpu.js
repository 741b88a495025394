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
  let bound27 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v15 = F_v9[row];
    const v16 = (v15 > 0);
    bound27 = (bound27 + (v16 ? 1 : 0) | 0);
  }
  let bound31 = 0;
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v17 = F_v9[row];
    const v18 = (v17 > 0);
    const v19 = (!v18);
    bound31 = (bound31 + (v19 ? 1 : 0) | 0);
  }
  const v20 = (u_p_alpha !== 0);
  const v27 = $fr($fr(acc16 >>> 0) - acc15);
  const v165 = (u_p_beta !== 0);
  // count table %200: its value for every presence count pair of the group (when fewer than its keys)
  const tabled200 = (Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled200) {
    for (let i = lid; (i >>> 0 < Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v21 = 0;
      if (v20) {
        const v22 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
        const v23 = $fr(v22 + $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
        const v24 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
        const v25 = $fr(v23 + v24);
        const v26 = $fr(v22 + v24);
        const v28 = $fr(v27 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
        const v29 = $fr(v26 + v28);
        const v30 = $fr(v25 - v29);
        const v31 = Math.max(0, v30);
        const v32 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v24);
        const v33 = Math.min(v22, v32);
        const v34 = (v31 === v33);
        let v35 = 0;
        if (v34) {
          v35 = 0;
        } else {
          const v38 = $fr(v22 + v32);
          const v39 = $fr(v38 - v29);
          const v40 = Math.max(0, v39);
          const v41 = $i32f(v40);
          const v42 = $i32f(v33);
          const lo36 = v41;
          const hi37 = v42;
          const v43 = $fr(v32 + 1);
          const v44 = adv_lgamma(v43);
          const v45 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + 1);
          const v46 = adv_lgamma(v45);
          const v47 = $fr(v44 - v46);
          const v48 = $fr(v32 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
          const v49 = $fr(v48 + 1);
          const v50 = adv_lgamma(v49);
          const v51 = $fr(v47 - v50);
          const v52 = $fr(v29 - v32);
          const v53 = $fr(v22 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
          const v54 = $fr(v52 + 1);
          const v55 = adv_lgamma(v54);
          const v56 = $fr(v53 + 1);
          const v57 = adv_lgamma(v56);
          const v58 = $fr(v55 - v57);
          const v59 = $fr(v52 - v53);
          const v60 = $fr(v59 + 1);
          const v61 = adv_lgamma(v60);
          const v62 = $fr(v58 - v61);
          const v63 = $fr(v51 + v62);
          const v64 = $fr(v29 + 1);
          const v65 = adv_lgamma(v64);
          const v66 = $fr(v22 + 1);
          const v67 = adv_lgamma(v66);
          const v68 = $fr(v65 - v67);
          const v69 = $fr(v29 - v22);
          const v70 = $fr(v69 + 1);
          const v71 = adv_lgamma(v70);
          const v72 = $fr(v68 - v71);
          const v73 = $fr(v63 - v72);
          const v74 = $fr(v73 + 0.000009999999747378752);
          let fold76 = 0;
          if ((hi37 >= lo36)) {
            if (((hi37 - lo36 | 0) >>> 0 < 1048576 >>> 0)) {
              for (let n98 = 0; (n98 >>> 0 <= (hi37 - lo36 | 0) >>> 0); n98 = (n98 + 1 | 0)) {
                const k75 = (lo36 + n98 | 0);
                const v77 = $fr(k75);
                const v78 = $fr(v77 + 1);
                const v79 = adv_lgamma(v78);
                const v80 = $fr(v44 - v79);
                const v81 = $fr(v32 - v77);
                const v82 = $fr(v81 + 1);
                const v83 = adv_lgamma(v82);
                const v84 = $fr(v80 - v83);
                const v85 = $fr(v22 - v77);
                const v86 = $fr(v85 + 1);
                const v87 = adv_lgamma(v86);
                const v88 = $fr(v55 - v87);
                const v89 = $fr(v52 - v85);
                const v90 = $fr(v89 + 1);
                const v91 = adv_lgamma(v90);
                const v92 = $fr(v88 - v91);
                const v93 = $fr(v84 + v92);
                const v94 = $fr(v93 - v72);
                const v95 = $fr(Math.exp(v94));
                const v96 = (v94 <= v74);
                const v97 = (v96 ? v95 : 0);
                fold76 = $fr(fold76 + v97);
              }
            } else {
              F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
            }
          }
          const v99 = fold76;
          const v100 = $fr((-2) * v99);
          const v101 = $fr(Math.exp(v100));
          v35 = v101;
        }
        const v102 = v35;
        const v103 = $fr(u_p_alpha * v102);
        v21 = v103;
      } else {
        v21 = 0;
      }
      const v104 = v21;
      const v105 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v106 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v105);
      const v107 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v108 = $fr(v107 + v105);
      const v109 = $fr(v27 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v110 = $fr(v108 + v109);
      const v111 = $fr(v106 / v110);
      const v112 = (-v111);
      const v113 = $fr(Math.log2(v111));
      const v114 = $fr(v112 * v113);
      const v115 = (v111 > 0);
      const v116 = (v115 ? v114 : 0);
      const v117 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) + v109);
      const v118 = $fr(v117 / v110);
      const v119 = (-v118);
      const v120 = $fr(Math.log2(v118));
      const v121 = $fr(v119 * v120);
      const v122 = (v118 > 0);
      const v123 = (v122 ? v121 : 0);
      const v124 = $fr(v116 + v123);
      const v125 = $fr(v107 / v110);
      const v126 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) / v107);
      const v127 = (-v126);
      const v128 = $fr(Math.log2(v126));
      const v129 = $fr(v127 * v128);
      const v130 = (v126 > 0);
      const v131 = (v130 ? v129 : 0);
      const v132 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) / v107);
      const v133 = (-v132);
      const v134 = $fr(Math.log2(v132));
      const v135 = $fr(v133 * v134);
      const v136 = (v132 > 0);
      const v137 = (v136 ? v135 : 0);
      const v138 = $fr(v131 + v137);
      const v139 = (v107 > 0);
      const v140 = (v139 ? v138 : 0);
      const v141 = $fr(v125 * v140);
      const v142 = $fr(v105 + v109);
      const v143 = $fr(v142 / v110);
      const v144 = $fr(v105 / v142);
      const v145 = (-v144);
      const v146 = $fr(Math.log2(v144));
      const v147 = $fr(v145 * v146);
      const v148 = (v144 > 0);
      const v149 = (v148 ? v147 : 0);
      const v150 = $fr(v109 / v142);
      const v151 = (-v150);
      const v152 = $fr(Math.log2(v150));
      const v153 = $fr(v151 * v152);
      const v154 = (v150 > 0);
      const v155 = (v154 ? v153 : 0);
      const v156 = $fr(v149 + v155);
      const v157 = (v142 > 0);
      const v158 = (v157 ? v156 : 0);
      const v159 = $fr(v143 * v158);
      const v160 = $fr(v141 + v159);
      const v161 = $fr(v124 - v160);
      const v162 = (v110 > 0);
      const v163 = (v162 ? v161 : 0);
      const v164 = $fr(u_p_beta * v163);
      const v166 = (v165 ? v164 : 0);
      const v167 = $fr(v104 + v166);
      F_table200[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound31 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound31 + 1 | 0)) | 0) | 0)] = v167;
    }
  }
  // count table %212: its value for every presence count pair of the group (when fewer than its keys)
  const tabled212 = (Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0 <= H[(u_oh_count_tok + g | 0)] >>> 0);
  if (tabled212) {
    for (let i = lid; (i >>> 0 < Math.imul((bound27 + 1 | 0), (bound31 + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v168 = $fr(acc15 - $fr($udiv(i, (bound31 + 1 | 0)) >>> 0));
      const v169 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) + v168);
      const v170 = $fr(v169 + 1.000000013351432e-10);
      const v171 = $fr($fr($udiv(i, (bound31 + 1 | 0)) >>> 0) / v170);
      const v172 = Math.min(Math.max(v171, 0), 1);
      const v173 = $fr(Math.sqrt(v172));
      const v174 = adv_asin(v173);
      const v175 = $fr(v27 - $fr($umod(i, (bound31 + 1 | 0)) >>> 0));
      const v176 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) + v175);
      const v177 = $fr(v176 + 1.000000013351432e-10);
      const v178 = $fr($fr($umod(i, (bound31 + 1 | 0)) >>> 0) / v177);
      const v179 = Math.min(Math.max(v178, 0), 1);
      const v180 = $fr(Math.sqrt(v179));
      const v181 = adv_asin(v180);
      const v182 = $fr(v174 - v181);
      F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul($udiv(i, (bound31 + 1 | 0)), (n + 1 | 0)) + $umod(i, (bound31 + 1 | 0)) | 0) | 0)] = v182;
    }
  }
  const v183 = (acc15 > 0);
  const v184 = (v27 > 0);
  const v185 = (v183 && v184);
  const v363 = $fr(u_p_bm25_k1 + 1);
  const v365 = $fr(1 - u_p_bm25_b);
  const v366 = $fr(u_p_bm25_b * acc21);
  const v367 = $fr(acc21 + acc23);
  const v368 = $fr(v367 / 2);
  const v369 = $fr(v366 / v368);
  const v370 = $fr(v365 + v369);
  const v371 = $fr(u_p_bm25_k1 * v370);
  const v374 = (acc21 > 0);
  const v379 = $fr(u_p_bm25_b * acc23);
  const v380 = $fr(acc23 + acc21);
  const v381 = $fr(v380 / 2);
  const v382 = $fr(v379 / v381);
  const v383 = $fr(v365 + v382);
  const v384 = $fr(u_p_bm25_k1 * v383);
  const v387 = (acc23 > 0);
  const v394 = (u_p_gamma !== 0);
  const v398 = $fr(u_p_alpha + u_p_beta);
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
    const v186 = (H[(u_oh_keys_tok + slot | 0)] - 1 | 0);
    const v187 = (v186 !== u_p_zero_token_id);
    const v188 = (v185 && v187);
    let v189 = 0;
    if (v188) {
      const mw190 = H[(u_oh_acc27 + slot | 0)];
      const mw191 = H[(u_oh_acc31 + slot | 0)];
      const mw192 = H[(u_oh_acc33 + slot | 0)];
      const mw193 = H[(u_oh_acc51 + slot | 0)];
      const mh194 = ((((0 ^ Math.imul(mw190, (-1640531535))) ^ Math.imul(mw191, (-2048144777))) ^ Math.imul(mw192, (-1028477379))) ^ Math.imul(mw193, 668265263));
      const me195 = (u_oh_table_tok + (mbase234 + Math.imul(((mh194 ^ (mh194 >>> 15 | 0)) & (mentries234 - 1 | 0)), 8) | 0) | 0);
      let v196 = 0;
      if (((((((mentries234 >>> 0 > 0 >>> 0) && (H[(me195 + 0 | 0)] === 1)) && (H[(me195 + 1 | 0)] === mw190)) && (H[(me195 + 2 | 0)] === mw191)) && (H[(me195 + 3 | 0)] === mw192)) && (H[(me195 + 4 | 0)] === mw193))) {
        v196 = $f32bits(H[(me195 + 7 | 0)]);
      } else {
        const v197 = $fr(H[(u_oh_acc27 + slot | 0)] >>> 0);
        const v198 = $fr(H[(u_oh_acc31 + slot | 0)] >>> 0);
        let v199 = 0;
        if (tabled200) {
          v199 = F_table200[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v197 > 0 ? (v197 < 4294967296 ? v197 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v198 > 0 ? (v198 < 4294967296 ? v198 >>> 0 | 0 : -1) : 0) | 0) | 0)];
        } else {
          let v200 = 0;
          if (v20) {
            const v201 = $fr(v197 + v198);
            const v202 = $fr(v201 + v197);
            const v203 = $fr(acc15 - v197);
            const v204 = $fr(v202 + v203);
            const v205 = $fr(v201 + v203);
            const v206 = $fr(v27 - v198);
            const v207 = $fr(v205 + v206);
            const v208 = $fr(v204 - v207);
            const v209 = Math.max(0, v208);
            const v210 = $fr(v197 + v203);
            const v211 = Math.min(v201, v210);
            const v212 = (v209 === v211);
            let v213 = 0;
            if (v212) {
              v213 = 0;
            } else {
              const v216 = $fr(v201 + v210);
              const v217 = $fr(v216 - v207);
              const v218 = Math.max(0, v217);
              const v219 = $i32f(v218);
              const v220 = $i32f(v211);
              const lo214 = v219;
              const hi215 = v220;
              const v221 = $fr(v210 + 1);
              const v222 = adv_lgamma(v221);
              const v223 = $fr(v197 + 1);
              const v224 = adv_lgamma(v223);
              const v225 = $fr(v222 - v224);
              const v226 = $fr(v210 - v197);
              const v227 = $fr(v226 + 1);
              const v228 = adv_lgamma(v227);
              const v229 = $fr(v225 - v228);
              const v230 = $fr(v207 - v210);
              const v231 = $fr(v201 - v197);
              const v232 = $fr(v230 + 1);
              const v233 = adv_lgamma(v232);
              const v234 = $fr(v231 + 1);
              const v235 = adv_lgamma(v234);
              const v236 = $fr(v233 - v235);
              const v237 = $fr(v230 - v231);
              const v238 = $fr(v237 + 1);
              const v239 = adv_lgamma(v238);
              const v240 = $fr(v236 - v239);
              const v241 = $fr(v229 + v240);
              const v242 = $fr(v207 + 1);
              const v243 = adv_lgamma(v242);
              const v244 = $fr(v201 + 1);
              const v245 = adv_lgamma(v244);
              const v246 = $fr(v243 - v245);
              const v247 = $fr(v207 - v201);
              const v248 = $fr(v247 + 1);
              const v249 = adv_lgamma(v248);
              const v250 = $fr(v246 - v249);
              const v251 = $fr(v241 - v250);
              const v252 = $fr(v251 + 0.000009999999747378752);
              let fold254 = 0;
              if ((hi215 >= lo214)) {
                if (((hi215 - lo214 | 0) >>> 0 < 1048576 >>> 0)) {
                  for (let n276 = 0; (n276 >>> 0 <= (hi215 - lo214 | 0) >>> 0); n276 = (n276 + 1 | 0)) {
                    const k253 = (lo214 + n276 | 0);
                    const v255 = $fr(k253);
                    const v256 = $fr(v255 + 1);
                    const v257 = adv_lgamma(v256);
                    const v258 = $fr(v222 - v257);
                    const v259 = $fr(v210 - v255);
                    const v260 = $fr(v259 + 1);
                    const v261 = adv_lgamma(v260);
                    const v262 = $fr(v258 - v261);
                    const v263 = $fr(v201 - v255);
                    const v264 = $fr(v263 + 1);
                    const v265 = adv_lgamma(v264);
                    const v266 = $fr(v233 - v265);
                    const v267 = $fr(v230 - v263);
                    const v268 = $fr(v267 + 1);
                    const v269 = adv_lgamma(v268);
                    const v270 = $fr(v266 - v269);
                    const v271 = $fr(v262 + v270);
                    const v272 = $fr(v271 - v250);
                    const v273 = $fr(Math.exp(v272));
                    const v274 = (v272 <= v252);
                    const v275 = (v274 ? v273 : 0);
                    fold254 = $fr(fold254 + v275);
                  }
                } else {
                  F_out_0folds[g] = Math.max(F_out_0folds[g], 1);
                }
              }
              const v277 = fold254;
              const v278 = $fr((-2) * v277);
              const v279 = $fr(Math.exp(v278));
              v213 = v279;
            }
            const v280 = v213;
            const v281 = $fr(u_p_alpha * v280);
            v200 = v281;
          } else {
            v200 = 0;
          }
          const v282 = v200;
          const v283 = $fr(acc15 - v197);
          const v284 = $fr(v197 + v283);
          const v285 = $fr(v197 + v198);
          const v286 = $fr(v285 + v283);
          const v287 = $fr(v27 - v198);
          const v288 = $fr(v286 + v287);
          const v289 = $fr(v284 / v288);
          const v290 = (-v289);
          const v291 = $fr(Math.log2(v289));
          const v292 = $fr(v290 * v291);
          const v293 = (v289 > 0);
          const v294 = (v293 ? v292 : 0);
          const v295 = $fr(v198 + v287);
          const v296 = $fr(v295 / v288);
          const v297 = (-v296);
          const v298 = $fr(Math.log2(v296));
          const v299 = $fr(v297 * v298);
          const v300 = (v296 > 0);
          const v301 = (v300 ? v299 : 0);
          const v302 = $fr(v294 + v301);
          const v303 = $fr(v285 / v288);
          const v304 = $fr(v197 / v285);
          const v305 = (-v304);
          const v306 = $fr(Math.log2(v304));
          const v307 = $fr(v305 * v306);
          const v308 = (v304 > 0);
          const v309 = (v308 ? v307 : 0);
          const v310 = $fr(v198 / v285);
          const v311 = (-v310);
          const v312 = $fr(Math.log2(v310));
          const v313 = $fr(v311 * v312);
          const v314 = (v310 > 0);
          const v315 = (v314 ? v313 : 0);
          const v316 = $fr(v309 + v315);
          const v317 = (v285 > 0);
          const v318 = (v317 ? v316 : 0);
          const v319 = $fr(v303 * v318);
          const v320 = $fr(v283 + v287);
          const v321 = $fr(v320 / v288);
          const v322 = $fr(v283 / v320);
          const v323 = (-v322);
          const v324 = $fr(Math.log2(v322));
          const v325 = $fr(v323 * v324);
          const v326 = (v322 > 0);
          const v327 = (v326 ? v325 : 0);
          const v328 = $fr(v287 / v320);
          const v329 = (-v328);
          const v330 = $fr(Math.log2(v328));
          const v331 = $fr(v329 * v330);
          const v332 = (v328 > 0);
          const v333 = (v332 ? v331 : 0);
          const v334 = $fr(v327 + v333);
          const v335 = (v320 > 0);
          const v336 = (v335 ? v334 : 0);
          const v337 = $fr(v321 * v336);
          const v338 = $fr(v319 + v337);
          const v339 = $fr(v302 - v338);
          const v340 = (v288 > 0);
          const v341 = (v340 ? v339 : 0);
          const v342 = $fr(u_p_beta * v341);
          const v343 = (v165 ? v342 : 0);
          v199 = $fr(v282 + v343);
        }
        const v344 = v199;
        let v345 = 0;
        if (tabled212) {
          v345 = F_table212[(Math.imul(g, Math.imul((u_N + 1 | 0), (u_N + 1 | 0))) + (Math.imul((v197 > 0 ? (v197 < 4294967296 ? v197 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) + (v198 > 0 ? (v198 < 4294967296 ? v198 >>> 0 | 0 : -1) : 0) | 0) | 0)];
        } else {
          const v346 = $fr(acc15 - v197);
          const v347 = $fr(v197 + v346);
          const v348 = $fr(v347 + 1.000000013351432e-10);
          const v349 = $fr(v197 / v348);
          const v350 = Math.min(Math.max(v349, 0), 1);
          const v351 = $fr(Math.sqrt(v350));
          const v352 = adv_asin(v351);
          const v353 = $fr(v27 - v198);
          const v354 = $fr(v198 + v353);
          const v355 = $fr(v354 + 1.000000013351432e-10);
          const v356 = $fr(v198 / v355);
          const v357 = Math.min(Math.max(v356, 0), 1);
          const v358 = $fr(Math.sqrt(v357));
          const v359 = adv_asin(v358);
          v345 = $fr(v352 - v359);
        }
        const v360 = v345;
        const v361 = $fr(H[(u_oh_acc33 + slot | 0)] >>> 0);
        const v362 = $fr(v361 / acc21);
        const v364 = $fr(v362 * v363);
        const v372 = $fr(v362 + v371);
        const v373 = $fr(v364 / v372);
        const v375 = (v374 ? v373 : 0);
        const v376 = $fr(H[(u_oh_acc51 + slot | 0)] >>> 0);
        const v377 = $fr(v376 / acc23);
        const v378 = $fr(v377 * v363);
        const v385 = $fr(v377 + v384);
        const v386 = $fr(v378 / v385);
        const v388 = (v387 ? v386 : 0);
        const v389 = $fr(v388 + 0.000009999999747378752);
        const v390 = $fr(v375 / v389);
        const v391 = $fr(v375 + 0.000009999999747378752);
        const v392 = $fr(v388 / v391);
        const v393 = $fr(v390 - v392);
        const v395 = (v394 ? v393 : 0);
        const v396 = $fr(v360 + v395);
        const v397 = $fr(v344 * v396);
        const v399 = $fr(v397 / v398);
        const v400 = $fr(1 / $fr(1 + $fr(Math.exp((-v399)))));
        const v401 = $fr(v400 - 0.5);
        const v402 = $fr(v401 * 2);
        v196 = $fr(v402 * u_p_top);
        if ((mentries234 >>> 0 > 0 >>> 0)) {
          H[me195] = 1;
          H[(me195 + 1 | 0)] = mw190;
          H[(me195 + 2 | 0)] = mw191;
          H[(me195 + 3 | 0)] = mw192;
          H[(me195 + 4 | 0)] = mw193;
          H[(me195 + 7 | 0)] = $bitsf32(v196);
        }
      }
      const v403 = v196;
      v189 = v403;
    } else {
      v189 = 0;
    }
    F_v234[slot] = v189;
  }
  // reduce to group %239
  let acc239 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v404 = F_v9[row];
    const v405 = $fr(v404 - acc237);
    acc239 = $fr(acc239 + v405);
  }
  if ((lid === 0)) {
    F_v239[g] = acc239;
  }
  // reduce to group %251
  const v407 = $fr(acc239 / $fr(acc16 >>> 0));
  const v408 = $fr(acc237 + v407);
  const v410 = $fr(acc244 - acc237);
  const v411 = (v410 > 0);
  const v412 = (v411 ? v410 : 1);
  let acc251 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v406 = F_v9[row];
    const v409 = $fr(v406 - v408);
    const v413 = $fr(v409 / v412);
    const v414 = $fr(v413 * v413);
    acc251 = $fr(acc251 + v414);
  }
  if ((lid === 0)) {
    F_v251[g] = acc251;
  }
  const v416 = ($fr(acc16 >>> 0) > 1);
  const v417 = (v416 ? v408 : 0);
  const v419 = $fr($fr(acc16 >>> 0) - 1);
  const v420 = $fr(acc251 / v419);
  const v421 = $fr(Math.sqrt(v420));
  const v422 = $fr(v421 * v412);
  const v423 = (v416 ? v422 : 1);
  const v424 = $fr(v423 + u_p_epsilon);
  // outputs out_advantages, out_key_values
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v415 = F_v9[row];
    const v418 = $fr(v415 - v417);
    const v425 = $fr(v418 / v424);
    const v426 = (v418 === 0);
    const v427 = (v426 ? 0 : v425);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const sw428 = H[(u_oh_slot_tok + (Math.imul(row, u_T) + t | 0) | 0)];
      const v429 = F_v234[((sw428 !== (-1)) ? (sw428 & 2147483647) : 0)];
      const v430 = ((sw428 !== (-1)) ? v429 : 0);
      const v431 = $fr(v427 + v430);
      const v432 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v433 = $fr(v432);
      const v434 = $fr(v431 * v433);
      const v435 = v430;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v434;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v435;
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