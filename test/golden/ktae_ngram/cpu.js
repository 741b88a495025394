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
  const u_p_n = u.p_n;
  const u_oh_table_tok = u.oh_table_tok;
  const u_oh_keys_tok = u.oh_keys_tok;
  const u_oh_seen_tok = u.oh_seen_tok;
  const u_oh_acc57 = u.oh_acc57;
  const u_oh_acc53 = u.oh_acc53;
  const u_oh_acc75 = u.oh_acc75;
  const u_oh_acc59 = u.oh_acc59;
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
  const I_response_mask = $I_response_mask;
  const F_token_level_rewards = $F_token_level_rewards;
  const F_v10 = $F_v10;
  const F_v45 = $F_v45;
  const F_v41 = $F_v41;
  const F_v42 = $F_v42;
  const F_v47 = $F_v47;
  const F_v49 = $F_v49;
  const F_v259 = $F_v259;
  const I_kbase = $I_kbase;
  const I_vbase = $I_vbase;
  const I_korder = $I_korder;
  const I_responses = $I_responses;
  const H = $H;
  const F_table222 = $F_table222;
  const F_table234 = $F_table234;
  const F_v256 = $F_v256;
  const F_v265 = $F_v265;
  const F_out_advantages = $F_out_advantages;
  const F_out_key_values = $F_out_key_values;
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
    let acc10_0 = 0;
    let acc45_0 = 0;
    let acc10_1 = 0;
    let acc45_1 = 0;
    let acc10_2 = 0;
    let acc45_2 = 0;
    let acc10_3 = 0;
    let acc45_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
        acc10_0 = $fr(acc10_0 + v0);
        acc45_0 = $fr(acc45_0 + 1);
      }
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
        acc10_1 = $fr(acc10_1 + v1);
        acc45_1 = $fr(acc45_1 + 1);
      }
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
        acc10_2 = $fr(acc10_2 + v2);
        acc45_2 = $fr(acc45_2 + 1);
      }
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
        acc10_3 = $fr(acc10_3 + v3);
        acc45_3 = $fr(acc45_3 + 1);
      }
    }
    F_v10[row0] = acc10_0;
    F_v45[row0] = acc45_0;
    F_v10[row1] = acc10_1;
    F_v45[row1] = acc45_1;
    F_v10[row2] = acc10_2;
    F_v45[row2] = acc45_2;
    F_v10[row3] = acc10_3;
    F_v45[row3] = acc45_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc10 = 0;
    let acc45 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
        acc10 = $fr(acc10 + v4);
        acc45 = $fr(acc45 + 1);
      }
    }
    F_v10[row] = acc10;
    F_v45[row] = acc45;
  }
  let acc41 = 0;
  let acc42 = 0;
  let acc47 = 0;
  let acc49 = 0;
  let acc259 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v10[row];
    const v6 = (v5 > 0);
    const v7 = (v6 ? 1 : 0);
    const v8 = F_v45[row];
    const v9 = (v6 ? v8 : 0);
    const v10 = (v6 ? 0 : v8);
    acc41 = $fr(acc41 + v7);
    acc42 = $fr(acc42 + 1);
    acc47 = $fr(acc47 + v9);
    acc49 = $fr(acc49 + v10);
    acc259 = $fr(acc259 + v5);
  }
  if ((lid === 0)) {
    F_v41[g] = acc41;
    F_v42[g] = acc42;
    F_v47[g] = acc47;
    F_v49[g] = acc49;
    F_v259[g] = acc259;
  }
  const v27 = (u_p_n === 3);
  const v29 = (u_p_n === 2);
  const v31 = (u_p_n <= 1);
  {
    const base = I_kbase[g];
    const cap = (I_kbase[(g + 1 | 0)] - base | 0);
    const lbase = I_vbase[g];
    let nk = 0;
    for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
      const row = I_korder[(m0 + j | 0)];
      const v35 = F_v10[row];
      const v36 = (v35 > 0);
      const v37 = (v36 ? 1 : 0);
      const v40 = (!v36);
      const v41 = (v40 ? 1 : 0);
      const v44 = (v36 ? 0 : 1);
      for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
        const t = tt;
        let word = (-1);
        if ((I_response_mask[(Math.imul(row, u_T) + tt | 0)] !== 0)) {
          const v11 = I_responses[(Math.imul(row, u_T) + Math.min(Math.max((t + (-3 | 0) | 0), 0), (u_T - 1 | 0)) | 0)];
          const v12 = ((((t + (-3 | 0) | 0) >= 0) && ((t + (-3 | 0) | 0) < u_T)) ? v11 : 0);
          const v13 = Math.imul(v12, 1000003);
          const v14 = Math.imul(v13, 1000003);
          const v15 = Math.imul(v14, 1000003);
          const v16 = I_responses[(Math.imul(row, u_T) + Math.min(Math.max((t + (-2 | 0) | 0), 0), (u_T - 1 | 0)) | 0)];
          const v17 = ((((t + (-2 | 0) | 0) >= 0) && ((t + (-2 | 0) | 0) < u_T)) ? v16 : 0);
          const v18 = Math.imul(v17, 1000003);
          const v19 = Math.imul(v18, 1000003);
          const v20 = I_responses[(Math.imul(row, u_T) + Math.min(Math.max((t + (-1 | 0) | 0), 0), (u_T - 1 | 0)) | 0)];
          const v21 = ((((t + (-1 | 0) | 0) >= 0) && ((t + (-1 | 0) | 0) < u_T)) ? v20 : 0);
          const v22 = Math.imul(v21, 1000003);
          const v23 = I_responses[(Math.imul(row, u_T) + t | 0)];
          const v24 = (v22 + v23 | 0);
          const v25 = (v19 + v24 | 0);
          const v26 = (v15 + v25 | 0);
          const v28 = (v27 ? v25 : v26);
          const v30 = (v29 ? v24 : v28);
          const v32 = (v31 ? v23 : v30);
          const v33 = $imod(v32, 2147483647);
          const v34 = (Math.abs(v33) | 0);
          const key = v34;
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
            const v38 = ((word >>> 31 | 0) !== 0);
            const v39 = (v38 ? v37 : 0);
            const v42 = (v38 ? v41 : 0);
            const v43 = v37;
            const v45 = v44;
            {
              const a46 = (v39 > 0 ? (v39 < 4294967296 ? v39 >>> 0 | 0 : -1) : 0);
              const a47 = (v42 > 0 ? (v42 < 4294967296 ? v42 >>> 0 | 0 : -1) : 0);
              const add = (a46 + a47 | 0);
              if ((add !== 0)) {
                const i$2 = (((a46 !== 0) ? u_oh_acc53 : u_oh_acc57) + (word & 2147483647) | 0);
                const o$2 = H[i$2];
                H[i$2] = (o$2 + add | 0);
                o$2;
              }
            }
            {
              const a48 = (v43 > 0 ? (v43 < 4294967296 ? v43 >>> 0 | 0 : -1) : 0);
              const a49 = (v45 > 0 ? (v45 < 4294967296 ? v45 >>> 0 | 0 : -1) : 0);
              const add = (a48 + a49 | 0);
              if ((add !== 0)) {
                const i$3 = (((a48 !== 0) ? u_oh_acc59 : u_oh_acc75) + (word & 2147483647) | 0);
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
  const v50 = (u_p_alpha !== 0);
  const v57 = $fr(acc42 - acc41);
  const v192 = (u_p_beta !== 0);
  const i$7 = (u_oh_count_tok + g | 0);
  const tabled222 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[i$7] >>> 0);
  if (tabled222) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v51 = 0;
      if (v50) {
        const v52 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v53 = $fr(v52 + $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v54 = $fr(acc41 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v55 = $fr(v53 + v54);
        const v56 = $fr(v52 + v54);
        const v58 = $fr(v57 - $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v59 = $fr(v56 + v58);
        const v60 = $fr(v55 - v59);
        const v61 = Math.max(0, v60);
        const v62 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v54);
        const v63 = Math.min(v52, v62);
        const v64 = (v61 === v63);
        let v65 = 0;
        if (v64) {
          v65 = 0;
        } else {
          const v66 = $fr(v52 + v62);
          const v67 = $fr(v66 - v59);
          const v68 = Math.max(0, v67);
          const v69 = $i32f(v68);
          const v70 = $i32f(v63);
          const v71 = $fr(v62 + 1);
          const v72 = adv_lgamma(v71);
          const v73 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
          const v74 = adv_lgamma(v73);
          const v75 = $fr(v72 - v74);
          const v76 = $fr(v62 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v77 = $fr(v76 + 1);
          const v78 = adv_lgamma(v77);
          const v79 = $fr(v75 - v78);
          const v80 = $fr(v59 - v62);
          const v81 = $fr(v52 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v82 = $fr(v80 + 1);
          const v83 = adv_lgamma(v82);
          const v84 = $fr(v81 + 1);
          const v85 = adv_lgamma(v84);
          const v86 = $fr(v83 - v85);
          const v87 = $fr(v80 - v81);
          const v88 = $fr(v87 + 1);
          const v89 = adv_lgamma(v88);
          const v90 = $fr(v86 - v89);
          const v91 = $fr(v79 + v90);
          const v92 = $fr(v59 + 1);
          const v93 = adv_lgamma(v92);
          const v94 = $fr(v52 + 1);
          const v95 = adv_lgamma(v94);
          const v96 = $fr(v93 - v95);
          const v97 = $fr(v59 - v52);
          const v98 = $fr(v97 + 1);
          const v99 = adv_lgamma(v98);
          const v100 = $fr(v96 - v99);
          const v101 = $fr(v91 - v100);
          const v102 = $fr(v101 + 0.000009999999747378752);
          let fold104 = 0;
          for (let k103 = v69; (k103 <= v70); k103 = (k103 + 1 | 0)) {
            const v105 = $fr(k103);
            const v106 = $fr(v105 + 1);
            const v107 = adv_lgamma(v106);
            const v108 = $fr(v72 - v107);
            const v109 = $fr(v62 - v105);
            const v110 = $fr(v109 + 1);
            const v111 = adv_lgamma(v110);
            const v112 = $fr(v108 - v111);
            const v113 = $fr(v52 - v105);
            const v114 = $fr(v113 + 1);
            const v115 = adv_lgamma(v114);
            const v116 = $fr(v83 - v115);
            const v117 = $fr(v80 - v113);
            const v118 = $fr(v117 + 1);
            const v119 = adv_lgamma(v118);
            const v120 = $fr(v116 - v119);
            const v121 = $fr(v112 + v120);
            const v122 = $fr(v121 - v100);
            const v123 = $fr(Math.exp(v122));
            const v124 = (v122 <= v102);
            const v125 = (v124 ? v123 : 0);
            fold104 = $fr(fold104 + v125);
          }
          const v126 = fold104;
          const v127 = $fr((-2) * v126);
          const v128 = $fr(Math.exp(v127));
          v65 = v128;
        }
        const v129 = v65;
        const v130 = $fr(u_p_alpha * v129);
        v51 = v130;
      } else {
        v51 = 0;
      }
      const v131 = v51;
      const v132 = $fr(acc41 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v133 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v132);
      const v134 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v135 = $fr(v134 + v132);
      const v136 = $fr(v57 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v137 = $fr(v135 + v136);
      const v138 = $fr(v133 / v137);
      const v139 = (-v138);
      const v140 = $fr(Math.log2(v138));
      const v141 = $fr(v139 * v140);
      const v142 = (v138 > 0);
      const v143 = (v142 ? v141 : 0);
      const v144 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v136);
      const v145 = $fr(v144 / v137);
      const v146 = (-v145);
      const v147 = $fr(Math.log2(v145));
      const v148 = $fr(v146 * v147);
      const v149 = (v145 > 0);
      const v150 = (v149 ? v148 : 0);
      const v151 = $fr(v143 + v150);
      const v152 = $fr(v134 / v137);
      const v153 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v134);
      const v154 = (-v153);
      const v155 = $fr(Math.log2(v153));
      const v156 = $fr(v154 * v155);
      const v157 = (v153 > 0);
      const v158 = (v157 ? v156 : 0);
      const v159 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v134);
      const v160 = (-v159);
      const v161 = $fr(Math.log2(v159));
      const v162 = $fr(v160 * v161);
      const v163 = (v159 > 0);
      const v164 = (v163 ? v162 : 0);
      const v165 = $fr(v158 + v164);
      const v166 = (v134 > 0);
      const v167 = (v166 ? v165 : 0);
      const v168 = $fr(v152 * v167);
      const v169 = $fr(v132 + v136);
      const v170 = $fr(v169 / v137);
      const v171 = $fr(v132 / v169);
      const v172 = (-v171);
      const v173 = $fr(Math.log2(v171));
      const v174 = $fr(v172 * v173);
      const v175 = (v171 > 0);
      const v176 = (v175 ? v174 : 0);
      const v177 = $fr(v136 / v169);
      const v178 = (-v177);
      const v179 = $fr(Math.log2(v177));
      const v180 = $fr(v178 * v179);
      const v181 = (v177 > 0);
      const v182 = (v181 ? v180 : 0);
      const v183 = $fr(v176 + v182);
      const v184 = (v169 > 0);
      const v185 = (v184 ? v183 : 0);
      const v186 = $fr(v170 * v185);
      const v187 = $fr(v168 + v186);
      const v188 = $fr(v151 - v187);
      const v189 = (v137 > 0);
      const v190 = (v189 ? v188 : 0);
      const v191 = $fr(u_p_beta * v190);
      const v193 = (v192 ? v191 : 0);
      const v194 = $fr(v131 + v193);
      F_table222[(Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + i | 0)] = v194;
    }
  }
  const i$8 = (u_oh_count_tok + g | 0);
  const tabled234 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[i$8] >>> 0);
  if (tabled234) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v195 = $fr(acc41 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v196 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v195);
      const v197 = $fr(v196 + 1.000000013351432e-10);
      const v198 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v197);
      const v199 = Math.min(Math.max(v198, 0), 1);
      const v200 = $fr(Math.sqrt(v199));
      const a$9 = Math.min(Math.abs(v200), 1);
      const big$9 = (a$9 > 0.5);
      const s$9 = (big$9 ? $fr(Math.sqrt($fr($fr(1 - a$9) * 0.5))) : a$9);
      const z$9 = $fr(s$9 * s$9);
      const r$9 = $fr(s$9 + $fr($fr(s$9 * z$9) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$9) + 0.02672567404806614) * z$9) + 0.0449705570936203) * z$9) + 0.07499051839113235) * z$9) + 0.16666670143604279)));
      const v$9 = (big$9 ? $fr(1.5707963705062866 - $fr(2 * r$9)) : r$9);
      const v201 = ((v200 < 0) ? (-v$9) : v$9);
      const v202 = $fr(v57 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v203 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v202);
      const v204 = $fr(v203 + 1.000000013351432e-10);
      const v205 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v204);
      const v206 = Math.min(Math.max(v205, 0), 1);
      const v207 = $fr(Math.sqrt(v206));
      const a$10 = Math.min(Math.abs(v207), 1);
      const big$10 = (a$10 > 0.5);
      const s$10 = (big$10 ? $fr(Math.sqrt($fr($fr(1 - a$10) * 0.5))) : a$10);
      const z$10 = $fr(s$10 * s$10);
      const r$10 = $fr(s$10 + $fr($fr(s$10 * z$10) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$10) + 0.02672567404806614) * z$10) + 0.0449705570936203) * z$10) + 0.07499051839113235) * z$10) + 0.16666670143604279)));
      const v$10 = (big$10 ? $fr(1.5707963705062866 - $fr(2 * r$10)) : r$10);
      const v208 = ((v207 < 0) ? (-v$10) : v$10);
      const v209 = $fr(v201 - v208);
      F_table234[(Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + i | 0)] = v209;
    }
  }
  const v210 = (acc41 > 0);
  const v211 = (v57 > 0);
  const v212 = (v210 && v211);
  const v380 = $fr(u_p_bm25_k1 + 1);
  const v382 = $fr(1 - u_p_bm25_b);
  const v383 = $fr(u_p_bm25_b * acc47);
  const v384 = $fr(acc47 + acc49);
  const v385 = $fr(v384 / 2);
  const v386 = $fr(v383 / v385);
  const v387 = $fr(v382 + v386);
  const v388 = $fr(u_p_bm25_k1 * v387);
  const v394 = $fr(u_p_bm25_b * acc49);
  const v395 = $fr(acc49 + acc47);
  const v396 = $fr(v395 / 2);
  const v397 = $fr(v394 / v396);
  const v398 = $fr(v382 + v397);
  const v399 = $fr(u_p_bm25_k1 * v398);
  const v407 = (u_p_gamma !== 0);
  const v411 = $fr(u_p_alpha + u_p_beta);
  const i$11 = (u_oh_count_tok + g | 0);
  const nkeys256 = H[i$11];
  for (let i = lid; (i >>> 0 < nkeys256 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const i$12 = (u_oh_keys_tok + slot | 0);
    const v213 = (H[i$12] - 1 | 0);
    const v214 = (v213 !== u_p_zero_token_id);
    const v215 = (v212 && v214);
    let v216 = 0;
    if (v215) {
      const i$13 = (u_oh_acc53 + slot | 0);
      const v217 = $fr(H[i$13] >>> 0);
      const i$14 = (u_oh_acc57 + slot | 0);
      const v218 = $fr(H[i$14] >>> 0);
      let v219 = 0;
      if (tabled222) {
        v219 = F_table222[((Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + Math.imul((v217 > 0 ? (v217 < 4294967296 ? v217 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) | 0) + (v218 > 0 ? (v218 < 4294967296 ? v218 >>> 0 | 0 : -1) : 0) | 0)];
      } else {
        let v220 = 0;
        if (v50) {
          const v221 = $fr(v217 + v218);
          const v222 = $fr(v221 + v217);
          const v223 = $fr(acc41 - v217);
          const v224 = $fr(v222 + v223);
          const v225 = $fr(v221 + v223);
          const v226 = $fr(v57 - v218);
          const v227 = $fr(v225 + v226);
          const v228 = $fr(v224 - v227);
          const v229 = Math.max(0, v228);
          const v230 = $fr(v217 + v223);
          const v231 = Math.min(v221, v230);
          const v232 = (v229 === v231);
          let v233 = 0;
          if (v232) {
            v233 = 0;
          } else {
            const v234 = $fr(v221 + v230);
            const v235 = $fr(v234 - v227);
            const v236 = Math.max(0, v235);
            const v237 = $i32f(v236);
            const v238 = $i32f(v231);
            const v239 = $fr(v230 + 1);
            const v240 = adv_lgamma(v239);
            const v241 = $fr(v217 + 1);
            const v242 = adv_lgamma(v241);
            const v243 = $fr(v240 - v242);
            const v244 = $fr(v230 - v217);
            const v245 = $fr(v244 + 1);
            const v246 = adv_lgamma(v245);
            const v247 = $fr(v243 - v246);
            const v248 = $fr(v227 - v230);
            const v249 = $fr(v221 - v217);
            const v250 = $fr(v248 + 1);
            const v251 = adv_lgamma(v250);
            const v252 = $fr(v249 + 1);
            const v253 = adv_lgamma(v252);
            const v254 = $fr(v251 - v253);
            const v255 = $fr(v248 - v249);
            const v256 = $fr(v255 + 1);
            const v257 = adv_lgamma(v256);
            const v258 = $fr(v254 - v257);
            const v259 = $fr(v247 + v258);
            const v260 = $fr(v227 + 1);
            const v261 = adv_lgamma(v260);
            const v262 = $fr(v221 + 1);
            const v263 = adv_lgamma(v262);
            const v264 = $fr(v261 - v263);
            const v265 = $fr(v227 - v221);
            const v266 = $fr(v265 + 1);
            const v267 = adv_lgamma(v266);
            const v268 = $fr(v264 - v267);
            const v269 = $fr(v259 - v268);
            const v270 = $fr(v269 + 0.000009999999747378752);
            let fold272 = 0;
            for (let k271 = v237; (k271 <= v238); k271 = (k271 + 1 | 0)) {
              const v273 = $fr(k271);
              const v274 = $fr(v273 + 1);
              const v275 = adv_lgamma(v274);
              const v276 = $fr(v240 - v275);
              const v277 = $fr(v230 - v273);
              const v278 = $fr(v277 + 1);
              const v279 = adv_lgamma(v278);
              const v280 = $fr(v276 - v279);
              const v281 = $fr(v221 - v273);
              const v282 = $fr(v281 + 1);
              const v283 = adv_lgamma(v282);
              const v284 = $fr(v251 - v283);
              const v285 = $fr(v248 - v281);
              const v286 = $fr(v285 + 1);
              const v287 = adv_lgamma(v286);
              const v288 = $fr(v284 - v287);
              const v289 = $fr(v280 + v288);
              const v290 = $fr(v289 - v268);
              const v291 = $fr(Math.exp(v290));
              const v292 = (v290 <= v270);
              const v293 = (v292 ? v291 : 0);
              fold272 = $fr(fold272 + v293);
            }
            const v294 = fold272;
            const v295 = $fr((-2) * v294);
            const v296 = $fr(Math.exp(v295));
            v233 = v296;
          }
          const v297 = v233;
          const v298 = $fr(u_p_alpha * v297);
          v220 = v298;
        } else {
          v220 = 0;
        }
        const v299 = v220;
        const v300 = $fr(acc41 - v217);
        const v301 = $fr(v217 + v300);
        const v302 = $fr(v217 + v218);
        const v303 = $fr(v302 + v300);
        const v304 = $fr(v57 - v218);
        const v305 = $fr(v303 + v304);
        const v306 = $fr(v301 / v305);
        const v307 = (-v306);
        const v308 = $fr(Math.log2(v306));
        const v309 = $fr(v307 * v308);
        const v310 = (v306 > 0);
        const v311 = (v310 ? v309 : 0);
        const v312 = $fr(v218 + v304);
        const v313 = $fr(v312 / v305);
        const v314 = (-v313);
        const v315 = $fr(Math.log2(v313));
        const v316 = $fr(v314 * v315);
        const v317 = (v313 > 0);
        const v318 = (v317 ? v316 : 0);
        const v319 = $fr(v311 + v318);
        const v320 = $fr(v302 / v305);
        const v321 = $fr(v217 / v302);
        const v322 = (-v321);
        const v323 = $fr(Math.log2(v321));
        const v324 = $fr(v322 * v323);
        const v325 = (v321 > 0);
        const v326 = (v325 ? v324 : 0);
        const v327 = $fr(v218 / v302);
        const v328 = (-v327);
        const v329 = $fr(Math.log2(v327));
        const v330 = $fr(v328 * v329);
        const v331 = (v327 > 0);
        const v332 = (v331 ? v330 : 0);
        const v333 = $fr(v326 + v332);
        const v334 = (v302 > 0);
        const v335 = (v334 ? v333 : 0);
        const v336 = $fr(v320 * v335);
        const v337 = $fr(v300 + v304);
        const v338 = $fr(v337 / v305);
        const v339 = $fr(v300 / v337);
        const v340 = (-v339);
        const v341 = $fr(Math.log2(v339));
        const v342 = $fr(v340 * v341);
        const v343 = (v339 > 0);
        const v344 = (v343 ? v342 : 0);
        const v345 = $fr(v304 / v337);
        const v346 = (-v345);
        const v347 = $fr(Math.log2(v345));
        const v348 = $fr(v346 * v347);
        const v349 = (v345 > 0);
        const v350 = (v349 ? v348 : 0);
        const v351 = $fr(v344 + v350);
        const v352 = (v337 > 0);
        const v353 = (v352 ? v351 : 0);
        const v354 = $fr(v338 * v353);
        const v355 = $fr(v336 + v354);
        const v356 = $fr(v319 - v355);
        const v357 = (v305 > 0);
        const v358 = (v357 ? v356 : 0);
        const v359 = $fr(u_p_beta * v358);
        const v360 = (v192 ? v359 : 0);
        v219 = $fr(v299 + v360);
      }
      const v361 = v219;
      let v362 = 0;
      if (tabled234) {
        v362 = F_table234[((Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + Math.imul((v217 > 0 ? (v217 < 4294967296 ? v217 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) | 0) + (v218 > 0 ? (v218 < 4294967296 ? v218 >>> 0 | 0 : -1) : 0) | 0)];
      } else {
        const v363 = $fr(acc41 - v217);
        const v364 = $fr(v217 + v363);
        const v365 = $fr(v364 + 1.000000013351432e-10);
        const v366 = $fr(v217 / v365);
        const v367 = Math.min(Math.max(v366, 0), 1);
        const v368 = $fr(Math.sqrt(v367));
        const a$15 = Math.min(Math.abs(v368), 1);
        const big$15 = (a$15 > 0.5);
        const s$15 = (big$15 ? $fr(Math.sqrt($fr($fr(1 - a$15) * 0.5))) : a$15);
        const z$15 = $fr(s$15 * s$15);
        const r$15 = $fr(s$15 + $fr($fr(s$15 * z$15) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$15) + 0.02672567404806614) * z$15) + 0.0449705570936203) * z$15) + 0.07499051839113235) * z$15) + 0.16666670143604279)));
        const v$15 = (big$15 ? $fr(1.5707963705062866 - $fr(2 * r$15)) : r$15);
        const v369 = ((v368 < 0) ? (-v$15) : v$15);
        const v370 = $fr(v57 - v218);
        const v371 = $fr(v218 + v370);
        const v372 = $fr(v371 + 1.000000013351432e-10);
        const v373 = $fr(v218 / v372);
        const v374 = Math.min(Math.max(v373, 0), 1);
        const v375 = $fr(Math.sqrt(v374));
        const a$16 = Math.min(Math.abs(v375), 1);
        const big$16 = (a$16 > 0.5);
        const s$16 = (big$16 ? $fr(Math.sqrt($fr($fr(1 - a$16) * 0.5))) : a$16);
        const z$16 = $fr(s$16 * s$16);
        const r$16 = $fr(s$16 + $fr($fr(s$16 * z$16) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$16) + 0.02672567404806614) * z$16) + 0.0449705570936203) * z$16) + 0.07499051839113235) * z$16) + 0.16666670143604279)));
        const v$16 = (big$16 ? $fr(1.5707963705062866 - $fr(2 * r$16)) : r$16);
        const v376 = ((v375 < 0) ? (-v$16) : v$16);
        v362 = $fr(v369 - v376);
      }
      const v377 = v362;
      const i$17 = (u_oh_acc59 + slot | 0);
      const v378 = $fr(H[i$17] >>> 0);
      const v379 = $fr(v378 / acc47);
      const v381 = $fr(v379 * v380);
      const v389 = $fr(v379 + v388);
      const v390 = $fr(v381 / v389);
      const i$18 = (u_oh_acc75 + slot | 0);
      const v391 = $fr(H[i$18] >>> 0);
      const v392 = $fr(v391 / acc49);
      const v393 = $fr(v392 * v380);
      const v400 = $fr(v392 + v399);
      const v401 = $fr(v393 / v400);
      const v402 = $fr(v401 + 0.000009999999747378752);
      const v403 = $fr(v390 / v402);
      const v404 = $fr(v390 + 0.000009999999747378752);
      const v405 = $fr(v401 / v404);
      const v406 = $fr(v403 - v405);
      const v408 = (v407 ? v406 : 0);
      const v409 = $fr(v377 + v408);
      const v410 = $fr(v361 * v409);
      const v412 = $fr(v410 / v411);
      const v413 = $fr(1 / $fr(1 + $fr(Math.exp((-v412)))));
      const v414 = $fr(v413 - 0.5);
      const v415 = $fr(v414 * 2);
      const v416 = $fr(v415 * u_p_top);
      v216 = v416;
    } else {
      v216 = 0;
    }
    F_v256[slot] = v216;
  }
  const v418 = $fr(acc259 / acc42);
  let acc265 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v417 = F_v10[row];
    const v419 = $fr(v417 - v418);
    const v420 = $fr(v419 * v419);
    acc265 = $fr(acc265 + v420);
  }
  if ((lid === 0)) {
    F_v265[g] = acc265;
  }
  const v422 = (acc42 > 1);
  const v423 = (v422 ? v418 : 0);
  const v425 = $fr(acc42 - 1);
  const v426 = $fr(acc265 / v425);
  const v427 = $fr(Math.sqrt(v426));
  const v428 = (v422 ? v427 : 1);
  const v429 = $fr(v428 + u_p_epsilon);
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v421 = F_v10[row];
    const v424 = $fr(v421 - v423);
    const v430 = $fr(v424 / v429);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const i$19 = ((u_oh_slot_tok + Math.imul(row, u_T) | 0) + t | 0);
      const sw431 = H[i$19];
      const v432 = F_v256[((sw431 !== (-1)) ? (sw431 & 2147483647) : 0)];
      const v433 = ((sw431 !== (-1)) ? v432 : 0);
      const v434 = $fr(v430 + v433);
      const v435 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v436 = $fr(v435);
      const v437 = $fr(v434 * v436);
      const v438 = v433;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v437;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v438;
    }
  }
  {
    const lbase = I_vbase[g];
    const i$20 = (u_oh_count_tok + g | 0);
    const nk = H[i$20];
    for (let i = 0; (i >>> 0 < nk >>> 0); i = (i + 1 | 0)) {
      H[((u_oh_seen_tok + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc53 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc57 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc59 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc75 + lbase | 0) + i | 0)] = 0;
    }
  }
}
let u, $H, $F_token_level_rewards, $F_v10, $F_v45, $F_v41, $F_v42, $F_v47, $F_v49, $F_v259, $F_table222, $F_table234, $F_v256, $F_v265, $F_out_advantages, $F_out_key_values, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase, $I_korder, $I_responses;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v10 = f["v10"];
  $F_v45 = f["v45"];
  $F_v41 = f["v41"];
  $F_v42 = f["v42"];
  $F_v47 = f["v47"];
  $F_v49 = f["v49"];
  $F_v259 = f["v259"];
  $F_table222 = f["table222"];
  $F_table234 = f["table234"];
  $F_v256 = f["v256"];
  $F_v265 = f["v265"];
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