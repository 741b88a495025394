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
const ADV_LOG_FACTORIAL = new Float32Array([0, 0, 0.6931471824645996, 1.7917594909667969, 3.178053855895996, 4.787491798400879, 6.579251289367676, 8.525161743164062, 10.604602813720703, 12.801827430725098, 15.104413032531738, 17.502307891845703, 19.987215042114258, 22.55216407775879, 25.191221237182617, 27.89927101135254, 30.671859741210938, 33.50507354736328, 36.39544677734375, 39.33988571166992, 42.33561706542969, 45.3801383972168, 48.4711799621582, 51.60667419433594, 54.78472900390625, 58.003604888916016, 61.26170349121094, 64.55754089355469, 67.88973999023438, 71.25704193115234, 74.65823364257812, 78.09222412109375, 81.5579605102539, 85.0544662475586, 88.58082580566406, 92.13617706298828, 95.71969604492188, 99.33061218261719, 102.96820068359375, 106.63175964355469, 110.32064056396484, 114.03421020507812, 117.77188110351562, 121.5330810546875, 125.31726837158203, 129.12393188476562, 132.95257568359375, 136.80271911621094, 140.67391967773438, 144.5657501220703, 148.47776794433594, 152.4095916748047, 156.36083984375, 160.3311309814453, 164.3201141357422, 168.3274383544922, 172.35279846191406, 176.39584350585938, 180.456298828125, 184.53382873535156, 188.628173828125, 192.73904418945312, 196.86618041992188, 201.0093231201172, 205.16819763183594, 209.34259033203125, 213.53224182128906, 217.7369384765625, 221.95643615722656, 226.1905517578125, 230.4390411376953, 234.70172119140625, 238.9783935546875, 243.2688446044922, 247.57290649414062, 251.89039611816406, 256.22113037109375, 260.56494140625, 264.9216613769531, 269.2911071777344, 273.6731262207031, 278.06756591796875, 282.47430419921875, 286.89312744140625, 291.3239440917969, 295.7666015625, 300.220947265625, 304.6868591308594, 309.1641845703125, 313.65283203125, 318.15264892578125, 322.66351318359375, 327.185302734375, 331.7178955078125, 336.26116943359375, 340.8150634765625, 345.37939453125, 349.9541320800781, 354.5390930175781, 359.13421630859375, 363.7393798828125, 368.3544921875, 372.9794616699219, 377.61419677734375, 382.2585754394531, 386.91253662109375, 391.57598876953125, 396.2488098144531, 400.9309387207031, 405.6222839355469, 410.3227844238281, 415.0323181152344, 419.75079345703125, 424.4781799316406, 429.2143859863281, 433.9593200683594, 438.7129211425781, 443.47509765625, 448.2457580566406, 453.02490234375, 457.8123779296875, 462.6081848144531, 467.4122009277344, 472.2243957519531, 477.044677734375, 481.87298583984375, 486.7092590332031, 491.5534362792969, 496.4054870605469, 501.2652893066406]);
function h_load(i) {
  const H = $H;
  return H[i];
}
function h_store(i, v) {
  const H = $H;
  H[i] = v;
}
function h_add(i, v) {
  const H = $H;
  const o = H[i];
  H[i] = (o + v | 0);
  return o;
}
function h_or(i, v) {
  const H = $H;
  const o = H[i];
  H[i] = (o | v);
  return o;
}
function h_max(i, v) {
  const H = $H;
  H[i] = $umax(H[i], v);
}
function h_min(i, v) {
  const H = $H;
  H[i] = $umin(H[i], v);
}
function h_cas(i, expected, v) {
  const H = $H;
  const o = H[i];
  if ((o === expected)) {
    H[i] = v;
  }
  return o;
}
function adv_bits(b) {
  let x = b;
  return $f32bits(x);
}
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
  let x$0 = 2139095040;
  return ((x > 0) ? ((x < 8) ? small : large) : $f32bits(x$0));
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
function adv_hash(x0) {
  let x = x0;
  x = Math.imul((x ^ (x >>> 16 | 0)), 2146121005);
  x = Math.imul((x ^ (x >>> 15 | 0)), (-2073254261));
  return (x ^ (x >>> 16 | 0));
}
function stage0(wid, lane) {
  const u_G = u.G;
  const u_T = u.T;
  const u_oh_table_tok = u.oh_table_tok;
  const u_oh_keys_tok = u.oh_keys_tok;
  const u_oh_seen_tok = u.oh_seen_tok;
  const u_oh_acc30 = u.oh_acc30;
  const u_oh_acc26 = u.oh_acc26;
  const u_oh_acc48 = u.oh_acc48;
  const u_oh_acc32 = u.oh_acc32;
  const u_oh_slot_tok = u.oh_slot_tok;
  const u_oh_count_tok = u.oh_count_tok;
  const u_oh_table_tok_1 = u.oh_table_tok_1;
  const u_oh_keys_tok_1 = u.oh_keys_tok_1;
  const u_oh_seen_tok_1 = u.oh_seen_tok_1;
  const u_oh_acc64 = u.oh_acc64;
  const u_oh_acc62 = u.oh_acc62;
  const u_oh_acc70 = u.oh_acc70;
  const u_oh_acc65 = u.oh_acc65;
  const u_oh_slot_tok_1 = u.oh_slot_tok_1;
  const u_oh_count_tok_1 = u.oh_count_tok_1;
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
  const I_response_mask = $I_response_mask;
  const F_token_level_rewards = $F_token_level_rewards;
  const F_v9 = $F_v9;
  const F_v18 = $F_v18;
  const F_v14 = $F_v14;
  const F_v15 = $F_v15;
  const F_v20 = $F_v20;
  const F_v22 = $F_v22;
  const F_v393 = $F_v393;
  const I_kbase = $I_kbase;
  const I_vbase = $I_vbase;
  const I_korder = $I_korder;
  const I_responses = $I_responses;
  const H = $H;
  const F_table211 = $F_table211;
  const F_table223 = $F_table223;
  const F_v245 = $F_v245;
  const F_v249 = $F_v249;
  const F_v251 = $F_v251;
  const F_table317 = $F_table317;
  const F_v317 = $F_v317;
  const F_table371 = $F_table371;
  const F_v371 = $F_v371;
  const F_table383 = $F_table383;
  const F_v390 = $F_v390;
  const F_v399 = $F_v399;
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
  for (let j = 0; ((j + 4 | 0) >>> 0 <= n >>> 0); j = (j + 4 | 0)) {
    const row0 = I_members[((m0 + j | 0) + 0 | 0)];
    const row1 = I_members[((m0 + j | 0) + 1 | 0)];
    const row2 = I_members[((m0 + j | 0) + 2 | 0)];
    const row3 = I_members[((m0 + j | 0) + 3 | 0)];
    let acc9_0 = 0;
    let acc18_0 = 0;
    let acc9_1 = 0;
    let acc18_1 = 0;
    let acc9_2 = 0;
    let acc18_2 = 0;
    let acc9_3 = 0;
    let acc18_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
        acc9_0 = $fr(acc9_0 + v0);
        acc18_0 = $fr(acc18_0 + 1);
      }
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
        acc9_1 = $fr(acc9_1 + v1);
        acc18_1 = $fr(acc18_1 + 1);
      }
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
        acc9_2 = $fr(acc9_2 + v2);
        acc18_2 = $fr(acc18_2 + 1);
      }
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
        acc9_3 = $fr(acc9_3 + v3);
        acc18_3 = $fr(acc18_3 + 1);
      }
    }
    F_v9[row0] = acc9_0;
    F_v18[row0] = acc18_0;
    F_v9[row1] = acc9_1;
    F_v18[row1] = acc18_1;
    F_v9[row2] = acc9_2;
    F_v18[row2] = acc18_2;
    F_v9[row3] = acc9_3;
    F_v18[row3] = acc18_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc9 = 0;
    let acc18 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
        acc9 = $fr(acc9 + v4);
        acc18 = $fr(acc18 + 1);
      }
    }
    F_v9[row] = acc9;
    F_v18[row] = acc18;
  }
  let acc14 = 0;
  let acc15 = 0;
  let acc20 = 0;
  let acc22 = 0;
  let acc393 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v9[row];
    const v6 = (v5 > 0);
    const v7 = (v6 ? 1 : 0);
    const v8 = F_v18[row];
    const v9 = (v6 ? v8 : 0);
    const v10 = (v6 ? 0 : v8);
    acc14 = $fr(acc14 + v7);
    acc15 = $fr(acc15 + 1);
    acc20 = $fr(acc20 + v9);
    acc22 = $fr(acc22 + v10);
    acc393 = $fr(acc393 + v5);
  }
  if ((lid === 0)) {
    F_v14[g] = acc14;
    F_v15[g] = acc15;
    F_v20[g] = acc20;
    F_v22[g] = acc22;
    F_v393[g] = acc393;
  }
  {
    const base = I_kbase[g];
    const cap = (I_kbase[(g + 1 | 0)] - base | 0);
    const lbase = I_vbase[g];
    let nk = 0;
    for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
      const row = I_korder[(m0 + j | 0)];
      const v12 = F_v9[row];
      const v13 = (v12 > 0);
      const v14 = (v13 ? 1 : 0);
      const v17 = (!v13);
      const v18 = (v17 ? 1 : 0);
      const v21 = (v13 ? 0 : 1);
      for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
        const t = tt;
        let word = (-1);
        if ((I_response_mask[(Math.imul(row, u_T) + tt | 0)] !== 0)) {
          const v11 = I_responses[(Math.imul(row, u_T) + t | 0)];
          const key = v11;
          if ((key >= 0)) {
            const kk = (key + 1 | 0);
            let x$1 = key;
            x$1 = Math.imul((x$1 ^ (x$1 >>> 16 | 0)), 2146121005);
            x$1 = Math.imul((x$1 ^ (x$1 >>> 15 | 0)), (-2073254261));
            let h = ((x$1 ^ (x$1 >>> 16 | 0)) & (cap - 1 | 0));
            let r = 0;
            for (;;) {
              const e = (u_oh_table_tok + Math.imul(2, (base + h | 0)) | 0);
              const cur = H[e];
              if ((cur === kk)) {
                r = H[(e + 1 | 0)];
                break;
              }
              if ((cur === 0)) {
                r = (lbase + nk | 0);
                nk = (nk + 1 | 0);
                H[e] = kk;
                H[(e + 1 | 0)] = r;
                H[(u_oh_keys_tok + r | 0)] = kk;
                break;
              }
              h = ((h + 1 | 0) & (cap - 1 | 0));
            }
            const first = (H[(u_oh_seen_tok + r | 0)] !== (j + 1 | 0));
            H[(u_oh_seen_tok + r | 0)] = (j + 1 | 0);
            word = (r | (first ? (-2147483648) : 0));
            const v15 = ((word >>> 31 | 0) !== 0);
            const v16 = (v15 ? v14 : 0);
            const v19 = (v15 ? v18 : 0);
            const v20 = v14;
            const v22 = v21;
            {
              const a23 = (v16 > 0 ? (v16 < 4294967296 ? v16 >>> 0 | 0 : -1) : 0);
              const a24 = (v19 > 0 ? (v19 < 4294967296 ? v19 >>> 0 | 0 : -1) : 0);
              const add = (a23 + a24 | 0);
              if ((add !== 0)) {
                const i$2 = (((a23 !== 0) ? u_oh_acc26 : u_oh_acc30) + (word & 2147483647) | 0);
                const o$2 = H[i$2];
                H[i$2] = (o$2 + add | 0);
                o$2;
              }
            }
            {
              const a25 = (v20 > 0 ? (v20 < 4294967296 ? v20 >>> 0 | 0 : -1) : 0);
              const a26 = (v22 > 0 ? (v22 < 4294967296 ? v22 >>> 0 | 0 : -1) : 0);
              const add = (a25 + a26 | 0);
              if ((add !== 0)) {
                const i$3 = (((a25 !== 0) ? u_oh_acc32 : u_oh_acc48) + (word & 2147483647) | 0);
                const o$3 = H[i$3];
                H[i$3] = (o$3 + add | 0);
                o$3;
              }
            }
          }
        }
        const i$4 = ((u_oh_slot_tok + Math.imul(row, u_T) | 0) + tt | 0);
        H[i$4] = word;
      }
    }
    const i$5 = (u_oh_count_tok + g | 0);
    H[i$5] = nk;
    for (let i = 0; (i >>> 0 < nk >>> 0); i = (i + 1 | 0)) {
      const kk = H[((u_oh_keys_tok + lbase | 0) + i | 0)];
      const x0$6 = (kk - 1 | 0);
      let x$6 = x0$6;
      x$6 = Math.imul((x$6 ^ (x$6 >>> 16 | 0)), 2146121005);
      x$6 = Math.imul((x$6 ^ (x$6 >>> 15 | 0)), (-2073254261));
      let h = ((x$6 ^ (x$6 >>> 16 | 0)) & (cap - 1 | 0));
      for (;;) {
        const e = (u_oh_table_tok + Math.imul(2, (base + h | 0)) | 0);
        if ((H[e] === kk)) {
          H[e] = 0;
          break;
        }
        h = ((h + 1 | 0) & (cap - 1 | 0));
      }
    }
  }
  {
    const base = I_kbase[g];
    const cap = (I_kbase[(g + 1 | 0)] - base | 0);
    const lbase = I_vbase[g];
    let nk = 0;
    for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
      const row = I_korder[(m0 + j | 0)];
      const v28 = F_v9[row];
      const v29 = (v28 > 0);
      const v30 = (v29 ? 1 : 0);
      const v33 = (!v29);
      const v34 = (v33 ? 1 : 0);
      const v37 = (v29 ? 0 : 1);
      for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
        const t = tt;
        let word = (-1);
        if ((I_response_mask[(Math.imul(row, u_T) + tt | 0)] !== 0)) {
          const v27 = I_responses[(Math.imul(row, u_T) + t | 0)];
          const key = v27;
          if ((key >= 0)) {
            const kk = (key + 1 | 0);
            let x$7 = key;
            x$7 = Math.imul((x$7 ^ (x$7 >>> 16 | 0)), 2146121005);
            x$7 = Math.imul((x$7 ^ (x$7 >>> 15 | 0)), (-2073254261));
            let h = ((x$7 ^ (x$7 >>> 16 | 0)) & (cap - 1 | 0));
            let r = 0;
            for (;;) {
              const e = (u_oh_table_tok_1 + Math.imul(2, (base + h | 0)) | 0);
              const cur = H[e];
              if ((cur === kk)) {
                r = H[(e + 1 | 0)];
                break;
              }
              if ((cur === 0)) {
                r = (lbase + nk | 0);
                nk = (nk + 1 | 0);
                H[e] = kk;
                H[(e + 1 | 0)] = r;
                H[(u_oh_keys_tok_1 + r | 0)] = kk;
                break;
              }
              h = ((h + 1 | 0) & (cap - 1 | 0));
            }
            const first = (H[(u_oh_seen_tok_1 + r | 0)] !== (j + 1 | 0));
            H[(u_oh_seen_tok_1 + r | 0)] = (j + 1 | 0);
            word = (r | (first ? (-2147483648) : 0));
            const v31 = ((word >>> 31 | 0) !== 0);
            const v32 = (v31 ? v30 : 0);
            const v35 = (v31 ? v34 : 0);
            const v36 = v30;
            const v38 = v37;
            {
              const a39 = (v32 > 0 ? (v32 < 4294967296 ? v32 >>> 0 | 0 : -1) : 0);
              const a40 = (v35 > 0 ? (v35 < 4294967296 ? v35 >>> 0 | 0 : -1) : 0);
              const add = (a39 + a40 | 0);
              if ((add !== 0)) {
                const i$8 = (((a39 !== 0) ? u_oh_acc62 : u_oh_acc64) + (word & 2147483647) | 0);
                const o$8 = H[i$8];
                H[i$8] = (o$8 + add | 0);
                o$8;
              }
            }
            {
              const a41 = (v36 > 0 ? (v36 < 4294967296 ? v36 >>> 0 | 0 : -1) : 0);
              const a42 = (v38 > 0 ? (v38 < 4294967296 ? v38 >>> 0 | 0 : -1) : 0);
              const add = (a41 + a42 | 0);
              if ((add !== 0)) {
                const i$9 = (((a41 !== 0) ? u_oh_acc65 : u_oh_acc70) + (word & 2147483647) | 0);
                const o$9 = H[i$9];
                H[i$9] = (o$9 + add | 0);
                o$9;
              }
            }
          }
        }
        const i$10 = ((u_oh_slot_tok_1 + Math.imul(row, u_T) | 0) + tt | 0);
        H[i$10] = word;
      }
    }
    const i$11 = (u_oh_count_tok_1 + g | 0);
    H[i$11] = nk;
    for (let i = 0; (i >>> 0 < nk >>> 0); i = (i + 1 | 0)) {
      const kk = H[((u_oh_keys_tok_1 + lbase | 0) + i | 0)];
      const x0$12 = (kk - 1 | 0);
      let x$12 = x0$12;
      x$12 = Math.imul((x$12 ^ (x$12 >>> 16 | 0)), 2146121005);
      x$12 = Math.imul((x$12 ^ (x$12 >>> 15 | 0)), (-2073254261));
      let h = ((x$12 ^ (x$12 >>> 16 | 0)) & (cap - 1 | 0));
      for (;;) {
        const e = (u_oh_table_tok_1 + Math.imul(2, (base + h | 0)) | 0);
        if ((H[e] === kk)) {
          H[e] = 0;
          break;
        }
        h = ((h + 1 | 0) & (cap - 1 | 0));
      }
    }
  }
  const v43 = (u_p_alpha !== 0);
  const v50 = $fr(acc15 - acc14);
  const v185 = (u_p_beta !== 0);
  const i$13 = (u_oh_count_tok_1 + g | 0);
  const tabled211 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[i$13] >>> 0);
  if (tabled211) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v44 = 0;
      if (v43) {
        const v45 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v46 = $fr(v45 + $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v47 = $fr(acc14 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v48 = $fr(v46 + v47);
        const v49 = $fr(v45 + v47);
        const v51 = $fr(v50 - $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v52 = $fr(v49 + v51);
        const v53 = $fr(v48 - v52);
        const v54 = Math.max(0, v53);
        const v55 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v47);
        const v56 = Math.min(v45, v55);
        const v57 = (v54 === v56);
        let v58 = 0;
        if (v57) {
          v58 = 0;
        } else {
          const v59 = $fr(v45 + v55);
          const v60 = $fr(v59 - v52);
          const v61 = Math.max(0, v60);
          const v62 = $i32f(v61);
          const v63 = $i32f(v56);
          const v64 = $fr(v55 + 1);
          const v65 = adv_lgamma(v64);
          const v66 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
          const v67 = adv_lgamma(v66);
          const v68 = $fr(v65 - v67);
          const v69 = $fr(v55 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v70 = $fr(v69 + 1);
          const v71 = adv_lgamma(v70);
          const v72 = $fr(v68 - v71);
          const v73 = $fr(v52 - v55);
          const v74 = $fr(v45 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v75 = $fr(v73 + 1);
          const v76 = adv_lgamma(v75);
          const v77 = $fr(v74 + 1);
          const v78 = adv_lgamma(v77);
          const v79 = $fr(v76 - v78);
          const v80 = $fr(v73 - v74);
          const v81 = $fr(v80 + 1);
          const v82 = adv_lgamma(v81);
          const v83 = $fr(v79 - v82);
          const v84 = $fr(v72 + v83);
          const v85 = $fr(v52 + 1);
          const v86 = adv_lgamma(v85);
          const v87 = $fr(v45 + 1);
          const v88 = adv_lgamma(v87);
          const v89 = $fr(v86 - v88);
          const v90 = $fr(v52 - v45);
          const v91 = $fr(v90 + 1);
          const v92 = adv_lgamma(v91);
          const v93 = $fr(v89 - v92);
          const v94 = $fr(v84 - v93);
          const v95 = $fr(v94 + 0.000009999999747378752);
          let fold97 = 0;
          for (let k96 = v62; (k96 <= v63); k96 = (k96 + 1 | 0)) {
            const v98 = $fr(k96);
            const v99 = $fr(v98 + 1);
            const v100 = adv_lgamma(v99);
            const v101 = $fr(v65 - v100);
            const v102 = $fr(v55 - v98);
            const v103 = $fr(v102 + 1);
            const v104 = adv_lgamma(v103);
            const v105 = $fr(v101 - v104);
            const v106 = $fr(v45 - v98);
            const v107 = $fr(v106 + 1);
            const v108 = adv_lgamma(v107);
            const v109 = $fr(v76 - v108);
            const v110 = $fr(v73 - v106);
            const v111 = $fr(v110 + 1);
            const v112 = adv_lgamma(v111);
            const v113 = $fr(v109 - v112);
            const v114 = $fr(v105 + v113);
            const v115 = $fr(v114 - v93);
            const v116 = $fr(Math.exp(v115));
            const v117 = (v115 <= v95);
            const v118 = (v117 ? v116 : 0);
            fold97 = $fr(fold97 + v118);
          }
          const v119 = fold97;
          const v120 = $fr((-2) * v119);
          const v121 = $fr(Math.exp(v120));
          v58 = v121;
        }
        const v122 = v58;
        const v123 = $fr(u_p_alpha * v122);
        v44 = v123;
      } else {
        v44 = 0;
      }
      const v124 = v44;
      const v125 = $fr(acc14 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v126 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v125);
      const v127 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v128 = $fr(v127 + v125);
      const v129 = $fr(v50 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v130 = $fr(v128 + v129);
      const v131 = $fr(v126 / v130);
      const v132 = (-v131);
      const v133 = $fr(Math.log2(v131));
      const v134 = $fr(v132 * v133);
      const v135 = (v131 > 0);
      const v136 = (v135 ? v134 : 0);
      const v137 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v129);
      const v138 = $fr(v137 / v130);
      const v139 = (-v138);
      const v140 = $fr(Math.log2(v138));
      const v141 = $fr(v139 * v140);
      const v142 = (v138 > 0);
      const v143 = (v142 ? v141 : 0);
      const v144 = $fr(v136 + v143);
      const v145 = $fr(v127 / v130);
      const v146 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v127);
      const v147 = (-v146);
      const v148 = $fr(Math.log2(v146));
      const v149 = $fr(v147 * v148);
      const v150 = (v146 > 0);
      const v151 = (v150 ? v149 : 0);
      const v152 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v127);
      const v153 = (-v152);
      const v154 = $fr(Math.log2(v152));
      const v155 = $fr(v153 * v154);
      const v156 = (v152 > 0);
      const v157 = (v156 ? v155 : 0);
      const v158 = $fr(v151 + v157);
      const v159 = (v127 > 0);
      const v160 = (v159 ? v158 : 0);
      const v161 = $fr(v145 * v160);
      const v162 = $fr(v125 + v129);
      const v163 = $fr(v162 / v130);
      const v164 = $fr(v125 / v162);
      const v165 = (-v164);
      const v166 = $fr(Math.log2(v164));
      const v167 = $fr(v165 * v166);
      const v168 = (v164 > 0);
      const v169 = (v168 ? v167 : 0);
      const v170 = $fr(v129 / v162);
      const v171 = (-v170);
      const v172 = $fr(Math.log2(v170));
      const v173 = $fr(v171 * v172);
      const v174 = (v170 > 0);
      const v175 = (v174 ? v173 : 0);
      const v176 = $fr(v169 + v175);
      const v177 = (v162 > 0);
      const v178 = (v177 ? v176 : 0);
      const v179 = $fr(v163 * v178);
      const v180 = $fr(v161 + v179);
      const v181 = $fr(v144 - v180);
      const v182 = (v130 > 0);
      const v183 = (v182 ? v181 : 0);
      const v184 = $fr(u_p_beta * v183);
      const v186 = (v185 ? v184 : 0);
      const v187 = $fr(v124 + v186);
      F_table211[(Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + i | 0)] = v187;
    }
  }
  const i$14 = (u_oh_count_tok_1 + g | 0);
  const tabled223 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[i$14] >>> 0);
  if (tabled223) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v188 = $fr(acc14 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v189 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v188);
      const v190 = $fr(v189 + 1.000000013351432e-10);
      const v191 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v190);
      const v192 = Math.min(Math.max(v191, 0), 1);
      const v193 = $fr(Math.sqrt(v192));
      const a$15 = Math.min(Math.abs(v193), 1);
      const big$15 = (a$15 > 0.5);
      const s$15 = (big$15 ? $fr(Math.sqrt($fr($fr(1 - a$15) * 0.5))) : a$15);
      const z$15 = $fr(s$15 * s$15);
      const r$15 = $fr(s$15 + $fr($fr(s$15 * z$15) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$15) + 0.02672567404806614) * z$15) + 0.0449705570936203) * z$15) + 0.07499051839113235) * z$15) + 0.16666670143604279)));
      const v$15 = (big$15 ? $fr(1.5707963705062866 - $fr(2 * r$15)) : r$15);
      const v194 = ((v193 < 0) ? (-v$15) : v$15);
      const v195 = $fr(v50 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v196 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v195);
      const v197 = $fr(v196 + 1.000000013351432e-10);
      const v198 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v197);
      const v199 = Math.min(Math.max(v198, 0), 1);
      const v200 = $fr(Math.sqrt(v199));
      const a$16 = Math.min(Math.abs(v200), 1);
      const big$16 = (a$16 > 0.5);
      const s$16 = (big$16 ? $fr(Math.sqrt($fr($fr(1 - a$16) * 0.5))) : a$16);
      const z$16 = $fr(s$16 * s$16);
      const r$16 = $fr(s$16 + $fr($fr(s$16 * z$16) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$16) + 0.02672567404806614) * z$16) + 0.0449705570936203) * z$16) + 0.07499051839113235) * z$16) + 0.16666670143604279)));
      const v$16 = (big$16 ? $fr(1.5707963705062866 - $fr(2 * r$16)) : r$16);
      const v201 = ((v200 < 0) ? (-v$16) : v$16);
      const v202 = $fr(v194 - v201);
      F_table223[(Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + i | 0)] = v202;
    }
  }
  const v203 = (acc14 > 0);
  const v204 = (v50 > 0);
  const v205 = (v203 && v204);
  const v373 = $fr(u_p_bm25_k1 + 1);
  const v375 = $fr(1 - u_p_bm25_b);
  const v376 = $fr(u_p_bm25_b * acc20);
  const v377 = $fr(acc20 + acc22);
  const v378 = $fr(v377 / 2);
  const v379 = $fr(v376 / v378);
  const v380 = $fr(v375 + v379);
  const v381 = $fr(u_p_bm25_k1 * v380);
  const v387 = $fr(u_p_bm25_b * acc22);
  const v388 = $fr(acc22 + acc20);
  const v389 = $fr(v388 / 2);
  const v390 = $fr(v387 / v389);
  const v391 = $fr(v375 + v390);
  const v392 = $fr(u_p_bm25_k1 * v391);
  const v400 = (u_p_gamma !== 0);
  const v404 = $fr(u_p_alpha + u_p_beta);
  const i$17 = (u_oh_count_tok_1 + g | 0);
  const nkeys245 = H[i$17];
  for (let i = lid; (i >>> 0 < nkeys245 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const i$18 = (u_oh_keys_tok_1 + slot | 0);
    const v206 = (H[i$18] - 1 | 0);
    const v207 = (v206 !== u_p_zero_token_id);
    const v208 = (v205 && v207);
    let v209 = 0;
    if (v208) {
      const i$19 = (u_oh_acc62 + slot | 0);
      const v210 = $fr(H[i$19] >>> 0);
      const i$20 = (u_oh_acc64 + slot | 0);
      const v211 = $fr(H[i$20] >>> 0);
      let v212 = 0;
      if (tabled211) {
        v212 = F_table211[((Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + Math.imul((v210 > 0 ? (v210 < 4294967296 ? v210 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) | 0) + (v211 > 0 ? (v211 < 4294967296 ? v211 >>> 0 | 0 : -1) : 0) | 0)];
      } else {
        let v213 = 0;
        if (v43) {
          const v214 = $fr(v210 + v211);
          const v215 = $fr(v214 + v210);
          const v216 = $fr(acc14 - v210);
          const v217 = $fr(v215 + v216);
          const v218 = $fr(v214 + v216);
          const v219 = $fr(v50 - v211);
          const v220 = $fr(v218 + v219);
          const v221 = $fr(v217 - v220);
          const v222 = Math.max(0, v221);
          const v223 = $fr(v210 + v216);
          const v224 = Math.min(v214, v223);
          const v225 = (v222 === v224);
          let v226 = 0;
          if (v225) {
            v226 = 0;
          } else {
            const v227 = $fr(v214 + v223);
            const v228 = $fr(v227 - v220);
            const v229 = Math.max(0, v228);
            const v230 = $i32f(v229);
            const v231 = $i32f(v224);
            const v232 = $fr(v223 + 1);
            const v233 = adv_lgamma(v232);
            const v234 = $fr(v210 + 1);
            const v235 = adv_lgamma(v234);
            const v236 = $fr(v233 - v235);
            const v237 = $fr(v223 - v210);
            const v238 = $fr(v237 + 1);
            const v239 = adv_lgamma(v238);
            const v240 = $fr(v236 - v239);
            const v241 = $fr(v220 - v223);
            const v242 = $fr(v214 - v210);
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
            const v253 = $fr(v220 + 1);
            const v254 = adv_lgamma(v253);
            const v255 = $fr(v214 + 1);
            const v256 = adv_lgamma(v255);
            const v257 = $fr(v254 - v256);
            const v258 = $fr(v220 - v214);
            const v259 = $fr(v258 + 1);
            const v260 = adv_lgamma(v259);
            const v261 = $fr(v257 - v260);
            const v262 = $fr(v252 - v261);
            const v263 = $fr(v262 + 0.000009999999747378752);
            let fold265 = 0;
            for (let k264 = v230; (k264 <= v231); k264 = (k264 + 1 | 0)) {
              const v266 = $fr(k264);
              const v267 = $fr(v266 + 1);
              const v268 = adv_lgamma(v267);
              const v269 = $fr(v233 - v268);
              const v270 = $fr(v223 - v266);
              const v271 = $fr(v270 + 1);
              const v272 = adv_lgamma(v271);
              const v273 = $fr(v269 - v272);
              const v274 = $fr(v214 - v266);
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
            const v287 = fold265;
            const v288 = $fr((-2) * v287);
            const v289 = $fr(Math.exp(v288));
            v226 = v289;
          }
          const v290 = v226;
          const v291 = $fr(u_p_alpha * v290);
          v213 = v291;
        } else {
          v213 = 0;
        }
        const v292 = v213;
        const v293 = $fr(acc14 - v210);
        const v294 = $fr(v210 + v293);
        const v295 = $fr(v210 + v211);
        const v296 = $fr(v295 + v293);
        const v297 = $fr(v50 - v211);
        const v298 = $fr(v296 + v297);
        const v299 = $fr(v294 / v298);
        const v300 = (-v299);
        const v301 = $fr(Math.log2(v299));
        const v302 = $fr(v300 * v301);
        const v303 = (v299 > 0);
        const v304 = (v303 ? v302 : 0);
        const v305 = $fr(v211 + v297);
        const v306 = $fr(v305 / v298);
        const v307 = (-v306);
        const v308 = $fr(Math.log2(v306));
        const v309 = $fr(v307 * v308);
        const v310 = (v306 > 0);
        const v311 = (v310 ? v309 : 0);
        const v312 = $fr(v304 + v311);
        const v313 = $fr(v295 / v298);
        const v314 = $fr(v210 / v295);
        const v315 = (-v314);
        const v316 = $fr(Math.log2(v314));
        const v317 = $fr(v315 * v316);
        const v318 = (v314 > 0);
        const v319 = (v318 ? v317 : 0);
        const v320 = $fr(v211 / v295);
        const v321 = (-v320);
        const v322 = $fr(Math.log2(v320));
        const v323 = $fr(v321 * v322);
        const v324 = (v320 > 0);
        const v325 = (v324 ? v323 : 0);
        const v326 = $fr(v319 + v325);
        const v327 = (v295 > 0);
        const v328 = (v327 ? v326 : 0);
        const v329 = $fr(v313 * v328);
        const v330 = $fr(v293 + v297);
        const v331 = $fr(v330 / v298);
        const v332 = $fr(v293 / v330);
        const v333 = (-v332);
        const v334 = $fr(Math.log2(v332));
        const v335 = $fr(v333 * v334);
        const v336 = (v332 > 0);
        const v337 = (v336 ? v335 : 0);
        const v338 = $fr(v297 / v330);
        const v339 = (-v338);
        const v340 = $fr(Math.log2(v338));
        const v341 = $fr(v339 * v340);
        const v342 = (v338 > 0);
        const v343 = (v342 ? v341 : 0);
        const v344 = $fr(v337 + v343);
        const v345 = (v330 > 0);
        const v346 = (v345 ? v344 : 0);
        const v347 = $fr(v331 * v346);
        const v348 = $fr(v329 + v347);
        const v349 = $fr(v312 - v348);
        const v350 = (v298 > 0);
        const v351 = (v350 ? v349 : 0);
        const v352 = $fr(u_p_beta * v351);
        const v353 = (v185 ? v352 : 0);
        v212 = $fr(v292 + v353);
      }
      const v354 = v212;
      let v355 = 0;
      if (tabled223) {
        v355 = F_table223[((Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + Math.imul((v210 > 0 ? (v210 < 4294967296 ? v210 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) | 0) + (v211 > 0 ? (v211 < 4294967296 ? v211 >>> 0 | 0 : -1) : 0) | 0)];
      } else {
        const v356 = $fr(acc14 - v210);
        const v357 = $fr(v210 + v356);
        const v358 = $fr(v357 + 1.000000013351432e-10);
        const v359 = $fr(v210 / v358);
        const v360 = Math.min(Math.max(v359, 0), 1);
        const v361 = $fr(Math.sqrt(v360));
        const a$21 = Math.min(Math.abs(v361), 1);
        const big$21 = (a$21 > 0.5);
        const s$21 = (big$21 ? $fr(Math.sqrt($fr($fr(1 - a$21) * 0.5))) : a$21);
        const z$21 = $fr(s$21 * s$21);
        const r$21 = $fr(s$21 + $fr($fr(s$21 * z$21) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$21) + 0.02672567404806614) * z$21) + 0.0449705570936203) * z$21) + 0.07499051839113235) * z$21) + 0.16666670143604279)));
        const v$21 = (big$21 ? $fr(1.5707963705062866 - $fr(2 * r$21)) : r$21);
        const v362 = ((v361 < 0) ? (-v$21) : v$21);
        const v363 = $fr(v50 - v211);
        const v364 = $fr(v211 + v363);
        const v365 = $fr(v364 + 1.000000013351432e-10);
        const v366 = $fr(v211 / v365);
        const v367 = Math.min(Math.max(v366, 0), 1);
        const v368 = $fr(Math.sqrt(v367));
        const a$22 = Math.min(Math.abs(v368), 1);
        const big$22 = (a$22 > 0.5);
        const s$22 = (big$22 ? $fr(Math.sqrt($fr($fr(1 - a$22) * 0.5))) : a$22);
        const z$22 = $fr(s$22 * s$22);
        const r$22 = $fr(s$22 + $fr($fr(s$22 * z$22) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$22) + 0.02672567404806614) * z$22) + 0.0449705570936203) * z$22) + 0.07499051839113235) * z$22) + 0.16666670143604279)));
        const v$22 = (big$22 ? $fr(1.5707963705062866 - $fr(2 * r$22)) : r$22);
        const v369 = ((v368 < 0) ? (-v$22) : v$22);
        v355 = $fr(v362 - v369);
      }
      const v370 = v355;
      const i$23 = (u_oh_acc65 + slot | 0);
      const v371 = $fr(H[i$23] >>> 0);
      const v372 = $fr(v371 / acc20);
      const v374 = $fr(v372 * v373);
      const v382 = $fr(v372 + v381);
      const v383 = $fr(v374 / v382);
      const i$24 = (u_oh_acc70 + slot | 0);
      const v384 = $fr(H[i$24] >>> 0);
      const v385 = $fr(v384 / acc22);
      const v386 = $fr(v385 * v373);
      const v393 = $fr(v385 + v392);
      const v394 = $fr(v386 / v393);
      const v395 = $fr(v394 + 0.000009999999747378752);
      const v396 = $fr(v383 / v395);
      const v397 = $fr(v383 + 0.000009999999747378752);
      const v398 = $fr(v394 / v397);
      const v399 = $fr(v396 - v398);
      const v401 = (v400 ? v399 : 0);
      const v402 = $fr(v370 + v401);
      const v403 = $fr(v354 * v402);
      const v405 = $fr(v403 / v404);
      const v406 = $fr(1 / $fr(1 + $fr(Math.exp((-v405)))));
      const v407 = $fr(v406 - 0.5);
      const v408 = $fr(v407 * 2);
      const v409 = $fr(v408 * u_p_top);
      v209 = v409;
    } else {
      v209 = 0;
    }
    F_v245[slot] = v209;
  }
  const i$25 = (u_oh_count_tok + g | 0);
  const nkeys249 = H[i$25];
  for (let i = lid; (i >>> 0 < nkeys249 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const i$26 = (u_oh_acc26 + slot | 0);
    const v410 = $fr(H[i$26] >>> 0);
    F_v249[slot] = $fr(acc14 - v410);
  }
  const i$27 = (u_oh_count_tok + g | 0);
  const nkeys251 = H[i$27];
  for (let i = lid; (i >>> 0 < nkeys251 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const i$28 = (u_oh_acc30 + slot | 0);
    const v411 = $fr(H[i$28] >>> 0);
    F_v251[slot] = $fr(v50 - v411);
  }
  const i$29 = (u_oh_count_tok + g | 0);
  const tabled317 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[i$29] >>> 0);
  if (tabled317) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v412 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v413 = $fr(acc14 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v414 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v413);
      const v415 = $fr(v412 + v414);
      const v416 = $fr(v412 + v413);
      const v417 = $fr(v50 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v418 = $fr(v416 + v417);
      const v419 = $fr(v415 - v418);
      const v420 = Math.max(0, v419);
      const v421 = $i32f(v420);
      const v422 = Math.min(v412, v414);
      const v423 = $i32f(v422);
      const v424 = $fr(v414 + 1);
      const v425 = adv_lgamma(v424);
      const v426 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
      const v427 = adv_lgamma(v426);
      const v428 = $fr(v425 - v427);
      const v429 = $fr(v414 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v430 = $fr(v429 + 1);
      const v431 = adv_lgamma(v430);
      const v432 = $fr(v428 - v431);
      const v433 = $fr(v418 - v414);
      const v434 = $fr(v412 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v435 = $fr(v433 + 1);
      const v436 = adv_lgamma(v435);
      const v437 = $fr(v434 + 1);
      const v438 = adv_lgamma(v437);
      const v439 = $fr(v436 - v438);
      const v440 = $fr(v433 - v434);
      const v441 = $fr(v440 + 1);
      const v442 = adv_lgamma(v441);
      const v443 = $fr(v439 - v442);
      const v444 = $fr(v432 + v443);
      const v445 = $fr(v418 + 1);
      const v446 = adv_lgamma(v445);
      const v447 = $fr(v412 + 1);
      const v448 = adv_lgamma(v447);
      const v449 = $fr(v446 - v448);
      const v450 = $fr(v418 - v412);
      const v451 = $fr(v450 + 1);
      const v452 = adv_lgamma(v451);
      const v453 = $fr(v449 - v452);
      const v454 = $fr(v444 - v453);
      const v455 = $fr(v454 + 0.000009999999747378752);
      let fold457 = 0;
      for (let k456 = v421; (k456 <= v423); k456 = (k456 + 1 | 0)) {
        const v458 = $fr(k456);
        const v459 = $fr(v458 + 1);
        const v460 = adv_lgamma(v459);
        const v461 = $fr(v425 - v460);
        const v462 = $fr(v414 - v458);
        const v463 = $fr(v462 + 1);
        const v464 = adv_lgamma(v463);
        const v465 = $fr(v461 - v464);
        const v466 = $fr(v412 - v458);
        const v467 = $fr(v466 + 1);
        const v468 = adv_lgamma(v467);
        const v469 = $fr(v436 - v468);
        const v470 = $fr(v433 - v466);
        const v471 = $fr(v470 + 1);
        const v472 = adv_lgamma(v471);
        const v473 = $fr(v469 - v472);
        const v474 = $fr(v465 + v473);
        const v475 = $fr(v474 - v453);
        const v476 = $fr(Math.exp(v475));
        const v477 = (v475 <= v455);
        const v478 = (v477 ? v476 : 0);
        fold457 = $fr(fold457 + v478);
      }
      const v479 = fold457;
      F_table317[(Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + i | 0)] = v479;
    }
  }
  const i$30 = (u_oh_count_tok + g | 0);
  const nkeys317 = H[i$30];
  for (let i = lid; (i >>> 0 < nkeys317 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const i$31 = (u_oh_acc26 + slot | 0);
    const v480 = $fr(H[i$31] >>> 0);
    const i$32 = (u_oh_acc30 + slot | 0);
    const v481 = $fr(H[i$32] >>> 0);
    const v482 = $fr(v480 + v481);
    const v483 = F_v249[slot];
    const v484 = $fr(v480 + v483);
    const v485 = $fr(v482 + v484);
    const v486 = $fr(v482 + v483);
    const v487 = F_v251[slot];
    const v488 = $fr(v486 + v487);
    const v489 = $fr(v485 - v488);
    const v490 = Math.max(0, v489);
    const v491 = $i32f(v490);
    const v492 = Math.min(v482, v484);
    const v493 = $i32f(v492);
    const v494 = $fr(v484 + 1);
    const v495 = adv_lgamma(v494);
    const v496 = $fr(v480 + 1);
    const v497 = adv_lgamma(v496);
    const v498 = $fr(v495 - v497);
    const v499 = $fr(v484 - v480);
    const v500 = $fr(v499 + 1);
    const v501 = adv_lgamma(v500);
    const v502 = $fr(v498 - v501);
    const v503 = $fr(v488 - v484);
    const v504 = $fr(v482 - v480);
    const v505 = $fr(v503 + 1);
    const v506 = adv_lgamma(v505);
    const v507 = $fr(v504 + 1);
    const v508 = adv_lgamma(v507);
    const v509 = $fr(v506 - v508);
    const v510 = $fr(v503 - v504);
    const v511 = $fr(v510 + 1);
    const v512 = adv_lgamma(v511);
    const v513 = $fr(v509 - v512);
    const v514 = $fr(v502 + v513);
    const v515 = $fr(v488 + 1);
    const v516 = adv_lgamma(v515);
    const v517 = $fr(v482 + 1);
    const v518 = adv_lgamma(v517);
    const v519 = $fr(v516 - v518);
    const v520 = $fr(v488 - v482);
    const v521 = $fr(v520 + 1);
    const v522 = adv_lgamma(v521);
    const v523 = $fr(v519 - v522);
    const v524 = $fr(v514 - v523);
    const v525 = $fr(v524 + 0.000009999999747378752);
    let fold527 = 0;
    for (let k526 = v491; (k526 <= v493); k526 = (k526 + 1 | 0)) {
      const v528 = $fr(k526);
      const v529 = $fr(v528 + 1);
      const v530 = adv_lgamma(v529);
      const v531 = $fr(v495 - v530);
      const v532 = $fr(v484 - v528);
      const v533 = $fr(v532 + 1);
      const v534 = adv_lgamma(v533);
      const v535 = $fr(v531 - v534);
      const v536 = $fr(v482 - v528);
      const v537 = $fr(v536 + 1);
      const v538 = adv_lgamma(v537);
      const v539 = $fr(v506 - v538);
      const v540 = $fr(v503 - v536);
      const v541 = $fr(v540 + 1);
      const v542 = adv_lgamma(v541);
      const v543 = $fr(v539 - v542);
      const v544 = $fr(v535 + v543);
      const v545 = $fr(v544 - v523);
      const v546 = $fr(Math.exp(v545));
      const v547 = (v545 <= v525);
      const v548 = (v547 ? v546 : 0);
      fold527 = $fr(fold527 + v548);
    }
    F_v317[slot] = fold527;
  }
  const i$33 = (u_oh_count_tok + g | 0);
  const tabled371 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[i$33] >>> 0);
  if (tabled371) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v549 = $fr(acc14 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v550 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v549);
      const v551 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v552 = $fr(v551 + v549);
      const v553 = $fr(v50 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v554 = $fr(v552 + v553);
      const v555 = $fr(v550 / v554);
      const v556 = (-v555);
      const v557 = $fr(Math.log2(v555));
      const v558 = $fr(v556 * v557);
      const v559 = (v555 > 0);
      const v560 = (v559 ? v558 : 0);
      const v561 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v553);
      const v562 = $fr(v561 / v554);
      const v563 = (-v562);
      const v564 = $fr(Math.log2(v562));
      const v565 = $fr(v563 * v564);
      const v566 = (v562 > 0);
      const v567 = (v566 ? v565 : 0);
      const v568 = $fr(v560 + v567);
      const v569 = $fr(v551 / v554);
      const v570 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v551);
      const v571 = (-v570);
      const v572 = $fr(Math.log2(v570));
      const v573 = $fr(v571 * v572);
      const v574 = (v570 > 0);
      const v575 = (v574 ? v573 : 0);
      const v576 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v551);
      const v577 = (-v576);
      const v578 = $fr(Math.log2(v576));
      const v579 = $fr(v577 * v578);
      const v580 = (v576 > 0);
      const v581 = (v580 ? v579 : 0);
      const v582 = $fr(v575 + v581);
      const v583 = (v551 > 0);
      const v584 = (v583 ? v582 : 0);
      const v585 = $fr(v569 * v584);
      const v586 = $fr(v549 + v553);
      const v587 = $fr(v586 / v554);
      const v588 = $fr(v549 / v586);
      const v589 = (-v588);
      const v590 = $fr(Math.log2(v588));
      const v591 = $fr(v589 * v590);
      const v592 = (v588 > 0);
      const v593 = (v592 ? v591 : 0);
      const v594 = $fr(v553 / v586);
      const v595 = (-v594);
      const v596 = $fr(Math.log2(v594));
      const v597 = $fr(v595 * v596);
      const v598 = (v594 > 0);
      const v599 = (v598 ? v597 : 0);
      const v600 = $fr(v593 + v599);
      const v601 = (v586 > 0);
      const v602 = (v601 ? v600 : 0);
      const v603 = $fr(v587 * v602);
      const v604 = $fr(v585 + v603);
      const v605 = $fr(v568 - v604);
      const v606 = (v554 > 0);
      const v607 = (v606 ? v605 : 0);
      F_table371[(Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + i | 0)] = v607;
    }
  }
  const i$34 = (u_oh_count_tok + g | 0);
  const nkeys371 = H[i$34];
  for (let i = lid; (i >>> 0 < nkeys371 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const i$35 = (u_oh_acc26 + slot | 0);
    const v608 = $fr(H[i$35] >>> 0);
    const v609 = F_v249[slot];
    const v610 = $fr(v608 + v609);
    const i$36 = (u_oh_acc30 + slot | 0);
    const v611 = $fr(H[i$36] >>> 0);
    const v612 = $fr(v608 + v611);
    const v613 = $fr(v612 + v609);
    const v614 = F_v251[slot];
    const v615 = $fr(v613 + v614);
    const v616 = $fr(v610 / v615);
    const v617 = (-v616);
    const v618 = $fr(Math.log2(v616));
    const v619 = $fr(v617 * v618);
    const v620 = (v616 > 0);
    const v621 = (v620 ? v619 : 0);
    const v622 = $fr(v611 + v614);
    const v623 = $fr(v622 / v615);
    const v624 = (-v623);
    const v625 = $fr(Math.log2(v623));
    const v626 = $fr(v624 * v625);
    const v627 = (v623 > 0);
    const v628 = (v627 ? v626 : 0);
    const v629 = $fr(v621 + v628);
    const v630 = $fr(v612 / v615);
    const v631 = $fr(v608 / v612);
    const v632 = (-v631);
    const v633 = $fr(Math.log2(v631));
    const v634 = $fr(v632 * v633);
    const v635 = (v631 > 0);
    const v636 = (v635 ? v634 : 0);
    const v637 = $fr(v611 / v612);
    const v638 = (-v637);
    const v639 = $fr(Math.log2(v637));
    const v640 = $fr(v638 * v639);
    const v641 = (v637 > 0);
    const v642 = (v641 ? v640 : 0);
    const v643 = $fr(v636 + v642);
    const v644 = (v612 > 0);
    const v645 = (v644 ? v643 : 0);
    const v646 = $fr(v630 * v645);
    const v647 = $fr(v609 + v614);
    const v648 = $fr(v647 / v615);
    const v649 = $fr(v609 / v647);
    const v650 = (-v649);
    const v651 = $fr(Math.log2(v649));
    const v652 = $fr(v650 * v651);
    const v653 = (v649 > 0);
    const v654 = (v653 ? v652 : 0);
    const v655 = $fr(v614 / v647);
    const v656 = (-v655);
    const v657 = $fr(Math.log2(v655));
    const v658 = $fr(v656 * v657);
    const v659 = (v655 > 0);
    const v660 = (v659 ? v658 : 0);
    const v661 = $fr(v654 + v660);
    const v662 = (v647 > 0);
    const v663 = (v662 ? v661 : 0);
    const v664 = $fr(v648 * v663);
    const v665 = $fr(v646 + v664);
    const v666 = $fr(v629 - v665);
    const v667 = (v615 > 0);
    F_v371[slot] = (v667 ? v666 : 0);
  }
  const i$37 = (u_oh_count_tok + g | 0);
  const tabled383 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[i$37] >>> 0);
  if (tabled383) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v668 = $fr(acc14 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v669 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v668);
      const v670 = $fr(v669 + 1.000000013351432e-10);
      const v671 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v670);
      const v672 = Math.min(Math.max(v671, 0), 1);
      const v673 = $fr(Math.sqrt(v672));
      const a$38 = Math.min(Math.abs(v673), 1);
      const big$38 = (a$38 > 0.5);
      const s$38 = (big$38 ? $fr(Math.sqrt($fr($fr(1 - a$38) * 0.5))) : a$38);
      const z$38 = $fr(s$38 * s$38);
      const r$38 = $fr(s$38 + $fr($fr(s$38 * z$38) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$38) + 0.02672567404806614) * z$38) + 0.0449705570936203) * z$38) + 0.07499051839113235) * z$38) + 0.16666670143604279)));
      const v$38 = (big$38 ? $fr(1.5707963705062866 - $fr(2 * r$38)) : r$38);
      const v674 = ((v673 < 0) ? (-v$38) : v$38);
      const v675 = $fr(v50 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v676 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v675);
      const v677 = $fr(v676 + 1.000000013351432e-10);
      const v678 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v677);
      const v679 = Math.min(Math.max(v678, 0), 1);
      const v680 = $fr(Math.sqrt(v679));
      const a$39 = Math.min(Math.abs(v680), 1);
      const big$39 = (a$39 > 0.5);
      const s$39 = (big$39 ? $fr(Math.sqrt($fr($fr(1 - a$39) * 0.5))) : a$39);
      const z$39 = $fr(s$39 * s$39);
      const r$39 = $fr(s$39 + $fr($fr(s$39 * z$39) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$39) + 0.02672567404806614) * z$39) + 0.0449705570936203) * z$39) + 0.07499051839113235) * z$39) + 0.16666670143604279)));
      const v$39 = (big$39 ? $fr(1.5707963705062866 - $fr(2 * r$39)) : r$39);
      const v681 = ((v680 < 0) ? (-v$39) : v$39);
      const v682 = $fr(v674 - v681);
      F_table383[(Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + i | 0)] = v682;
    }
  }
  const i$40 = (u_oh_count_tok + g | 0);
  const nkeys390 = H[i$40];
  for (let i = lid; (i >>> 0 < nkeys390 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const i$41 = (u_oh_acc26 + slot | 0);
    const v683 = $fr(H[i$41] >>> 0);
    const i$42 = (u_oh_acc30 + slot | 0);
    const v684 = $fr(H[i$42] >>> 0);
    let v685 = 0;
    if (tabled383) {
      v685 = F_table383[((Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + Math.imul((v683 > 0 ? (v683 < 4294967296 ? v683 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) | 0) + (v684 > 0 ? (v684 < 4294967296 ? v684 >>> 0 | 0 : -1) : 0) | 0)];
    } else {
      const v686 = F_v249[slot];
      const v687 = $fr(v683 + v686);
      const v688 = $fr(v687 + 1.000000013351432e-10);
      const v689 = $fr(v683 / v688);
      const v690 = Math.min(Math.max(v689, 0), 1);
      const v691 = $fr(Math.sqrt(v690));
      const a$43 = Math.min(Math.abs(v691), 1);
      const big$43 = (a$43 > 0.5);
      const s$43 = (big$43 ? $fr(Math.sqrt($fr($fr(1 - a$43) * 0.5))) : a$43);
      const z$43 = $fr(s$43 * s$43);
      const r$43 = $fr(s$43 + $fr($fr(s$43 * z$43) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$43) + 0.02672567404806614) * z$43) + 0.0449705570936203) * z$43) + 0.07499051839113235) * z$43) + 0.16666670143604279)));
      const v$43 = (big$43 ? $fr(1.5707963705062866 - $fr(2 * r$43)) : r$43);
      const v692 = ((v691 < 0) ? (-v$43) : v$43);
      const v693 = F_v251[slot];
      const v694 = $fr(v684 + v693);
      const v695 = $fr(v694 + 1.000000013351432e-10);
      const v696 = $fr(v684 / v695);
      const v697 = Math.min(Math.max(v696, 0), 1);
      const v698 = $fr(Math.sqrt(v697));
      const a$44 = Math.min(Math.abs(v698), 1);
      const big$44 = (a$44 > 0.5);
      const s$44 = (big$44 ? $fr(Math.sqrt($fr($fr(1 - a$44) * 0.5))) : a$44);
      const z$44 = $fr(s$44 * s$44);
      const r$44 = $fr(s$44 + $fr($fr(s$44 * z$44) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$44) + 0.02672567404806614) * z$44) + 0.0449705570936203) * z$44) + 0.07499051839113235) * z$44) + 0.16666670143604279)));
      const v$44 = (big$44 ? $fr(1.5707963705062866 - $fr(2 * r$44)) : r$44);
      const v699 = ((v698 < 0) ? (-v$44) : v$44);
      v685 = $fr(v692 - v699);
    }
    const v700 = v685;
    const i$45 = (u_oh_acc32 + slot | 0);
    const v701 = $fr(H[i$45] >>> 0);
    const v702 = $fr(v701 / acc20);
    const v703 = $fr(v702 * v373);
    const v704 = $fr(v702 + v381);
    const v705 = $fr(v703 / v704);
    const i$46 = (u_oh_acc48 + slot | 0);
    const v706 = $fr(H[i$46] >>> 0);
    const v707 = $fr(v706 / acc22);
    const v708 = $fr(v707 * v373);
    const v709 = $fr(v707 + v392);
    const v710 = $fr(v708 / v709);
    const v711 = $fr(v710 + 0.000009999999747378752);
    const v712 = $fr(v705 / v711);
    const v713 = $fr(v705 + 0.000009999999747378752);
    const v714 = $fr(v710 / v713);
    const v715 = $fr(v712 - v714);
    const v716 = (v400 ? v715 : 0);
    F_v390[slot] = $fr(v700 + v716);
  }
  const v718 = $fr(acc393 / acc15);
  let acc399 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v717 = F_v9[row];
    const v719 = $fr(v717 - v718);
    const v720 = $fr(v719 * v719);
    acc399 = $fr(acc399 + v720);
  }
  if ((lid === 0)) {
    F_v399[g] = acc399;
  }
  const v722 = (acc15 > 1);
  const v723 = (v722 ? v718 : 0);
  const v725 = $fr(acc15 - 1);
  const v726 = $fr(acc399 / v725);
  const v727 = $fr(Math.sqrt(v726));
  const v728 = (v722 ? v727 : 1);
  const v729 = $fr(v728 + u_p_epsilon);
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v721 = F_v9[row];
    const v724 = $fr(v721 - v723);
    const v730 = $fr(v724 / v729);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const i$47 = ((u_oh_slot_tok_1 + Math.imul(row, u_T) | 0) + t | 0);
      const sw731 = H[i$47];
      const v732 = F_v245[((sw731 !== (-1)) ? (sw731 & 2147483647) : 0)];
      const v733 = ((sw731 !== (-1)) ? v732 : 0);
      const v734 = $fr(v730 + v733);
      const v735 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v736 = $fr(v735);
      const v737 = $fr(v734 * v736);
      const v738 = v733;
      const i$48 = ((u_oh_slot_tok + Math.imul(row, u_T) | 0) + t | 0);
      const sw739 = H[i$48];
      const i$49 = (u_oh_acc26 + ((sw739 !== (-1)) ? (sw739 & 2147483647) : 0) | 0);
      const v740 = $fr(H[i$49] >>> 0);
      const v741 = ((sw739 !== (-1)) ? v740 : 0);
      const v742 = v741;
      const i$50 = (u_oh_acc30 + ((sw739 !== (-1)) ? (sw739 & 2147483647) : 0) | 0);
      const v743 = $fr(H[i$50] >>> 0);
      const v744 = ((sw739 !== (-1)) ? v743 : 0);
      const v745 = v744;
      const v746 = F_v249[((sw739 !== (-1)) ? (sw739 & 2147483647) : 0)];
      const v747 = ((sw739 !== (-1)) ? v746 : 0);
      const v748 = v747;
      const v749 = F_v251[((sw739 !== (-1)) ? (sw739 & 2147483647) : 0)];
      const v750 = ((sw739 !== (-1)) ? v749 : 0);
      const v751 = v750;
      const v752 = F_v317[((sw739 !== (-1)) ? (sw739 & 2147483647) : 0)];
      const v753 = ((sw739 !== (-1)) ? v752 : 0);
      const v754 = v753;
      const v755 = F_v371[((sw739 !== (-1)) ? (sw739 & 2147483647) : 0)];
      const v756 = ((sw739 !== (-1)) ? v755 : 0);
      const v757 = v756;
      const v758 = F_v390[((sw739 !== (-1)) ? (sw739 & 2147483647) : 0)];
      const v759 = ((sw739 !== (-1)) ? v758 : 0);
      const v760 = v759;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v737;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v738;
      F_out_key_a[(Math.imul(row, u_T) + t | 0)] = v742;
      F_out_key_b[(Math.imul(row, u_T) + t | 0)] = v745;
      F_out_key_c[(Math.imul(row, u_T) + t | 0)] = v748;
      F_out_key_d[(Math.imul(row, u_T) + t | 0)] = v751;
      F_out_key_p_value[(Math.imul(row, u_T) + t | 0)] = v754;
      F_out_key_information_gain[(Math.imul(row, u_T) + t | 0)] = v757;
      F_out_key_direction[(Math.imul(row, u_T) + t | 0)] = v760;
    }
  }
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v761 = F_v9[row];
    const v762 = $fr(v761 - v723);
    const v763 = $fr(v762 / v729);
    F_out_rollout_advantage[row] = v763;
  }
  {
    const lbase = I_vbase[g];
    const i$51 = (u_oh_count_tok + g | 0);
    const nk = H[i$51];
    for (let i = 0; (i >>> 0 < nk >>> 0); i = (i + 1 | 0)) {
      H[((u_oh_seen_tok + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc26 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc30 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc32 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc48 + lbase | 0) + i | 0)] = 0;
    }
  }
  {
    const lbase = I_vbase[g];
    const i$52 = (u_oh_count_tok_1 + g | 0);
    const nk = H[i$52];
    for (let i = 0; (i >>> 0 < nk >>> 0); i = (i + 1 | 0)) {
      H[((u_oh_seen_tok_1 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc62 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc64 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc65 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc70 + lbase | 0) + i | 0)] = 0;
    }
  }
}
let u, $H, $F_token_level_rewards, $F_v9, $F_v18, $F_v14, $F_v15, $F_v20, $F_v22, $F_v393, $F_table211, $F_table223, $F_v245, $F_v249, $F_v251, $F_table317, $F_v317, $F_table371, $F_v371, $F_table383, $F_v390, $F_v399, $F_out_advantages, $F_out_key_values, $F_out_key_a, $F_out_key_b, $F_out_key_c, $F_out_key_d, $F_out_key_p_value, $F_out_key_information_gain, $F_out_key_direction, $F_out_rollout_advantage, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase, $I_korder, $I_responses;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v9 = f["v9"];
  $F_v18 = f["v18"];
  $F_v14 = f["v14"];
  $F_v15 = f["v15"];
  $F_v20 = f["v20"];
  $F_v22 = f["v22"];
  $F_v393 = f["v393"];
  $F_table211 = f["table211"];
  $F_table223 = f["table223"];
  $F_v245 = f["v245"];
  $F_v249 = f["v249"];
  $F_v251 = f["v251"];
  $F_table317 = f["table317"];
  $F_v317 = f["v317"];
  $F_table371 = f["table371"];
  $F_v371 = f["v371"];
  $F_table383 = f["table383"];
  $F_v390 = f["v390"];
  $F_v399 = f["v399"];
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