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
  const u_oh_acc32 = u.oh_acc32;
  const u_oh_acc28 = u.oh_acc28;
  const u_oh_acc50 = u.oh_acc50;
  const u_oh_acc34 = u.oh_acc34;
  const u_oh_slot_tok = u.oh_slot_tok;
  const u_oh_count_tok = u.oh_count_tok;
  const u_N = u.N;
  const u_p_alpha = u.p_alpha;
  const u_p_beta = u.p_beta;
  const u_p_p_crit = u.p_p_crit;
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
  const F_v20 = $F_v20;
  const F_v16 = $F_v16;
  const F_v17 = $F_v17;
  const F_v22 = $F_v22;
  const F_v24 = $F_v24;
  const F_v261 = $F_v261;
  const I_kbase = $I_kbase;
  const I_vbase = $I_vbase;
  const I_korder = $I_korder;
  const I_responses = $I_responses;
  const H = $H;
  const F_table254 = $F_table254;
  const F_table197 = $F_table197;
  const F_table209 = $F_table209;
  const F_v258 = $F_v258;
  const F_v267 = $F_v267;
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
    let acc20_0 = 0;
    let acc10_1 = 0;
    let acc20_1 = 0;
    let acc10_2 = 0;
    let acc20_2 = 0;
    let acc10_3 = 0;
    let acc20_3 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
        acc10_0 = $fr(acc10_0 + v0);
        acc20_0 = $fr(acc20_0 + 1);
      }
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
        acc10_1 = $fr(acc10_1 + v1);
        acc20_1 = $fr(acc20_1 + 1);
      }
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
        acc10_2 = $fr(acc10_2 + v2);
        acc20_2 = $fr(acc20_2 + 1);
      }
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
        acc10_3 = $fr(acc10_3 + v3);
        acc20_3 = $fr(acc20_3 + 1);
      }
    }
    F_v10[row0] = acc10_0;
    F_v20[row0] = acc20_0;
    F_v10[row1] = acc10_1;
    F_v20[row1] = acc20_1;
    F_v10[row2] = acc10_2;
    F_v20[row2] = acc20_2;
    F_v10[row3] = acc10_3;
    F_v20[row3] = acc20_3;
  }
  for (let j = (n - $umod(n, 4) | 0); (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    let acc10 = 0;
    let acc20 = 0;
    for (let tt = 0; (tt >>> 0 < u_T >>> 0); tt = (tt + 1 | 0)) {
      const t = tt;
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
        acc10 = $fr(acc10 + v4);
        acc20 = $fr(acc20 + 1);
      }
    }
    F_v10[row] = acc10;
    F_v20[row] = acc20;
  }
  let acc16 = 0;
  let acc17 = 0;
  let acc22 = 0;
  let acc24 = 0;
  let acc261 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v5 = F_v10[row];
    const v6 = (v5 > 0);
    const v7 = (v6 ? 1 : 0);
    const v8 = F_v20[row];
    const v9 = (v6 ? v8 : 0);
    const v10 = (v6 ? 0 : v8);
    acc16 = $fr(acc16 + v7);
    acc17 = $fr(acc17 + 1);
    acc22 = $fr(acc22 + v9);
    acc24 = $fr(acc24 + v10);
    acc261 = $fr(acc261 + v5);
  }
  if ((lid === 0)) {
    F_v16[g] = acc16;
    F_v17[g] = acc17;
    F_v22[g] = acc22;
    F_v24[g] = acc24;
    F_v261[g] = acc261;
  }
  {
    const base = I_kbase[g];
    const cap = (I_kbase[(g + 1 | 0)] - base | 0);
    const lbase = I_vbase[g];
    let nk = 0;
    for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
      const row = I_korder[(m0 + j | 0)];
      const v12 = F_v10[row];
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
                const i$2 = (((a23 !== 0) ? u_oh_acc28 : u_oh_acc32) + (word & 2147483647) | 0);
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
                const i$3 = (((a25 !== 0) ? u_oh_acc34 : u_oh_acc50) + (word & 2147483647) | 0);
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
  const v32 = $fr(acc17 - acc16);
  const i$7 = (u_oh_count_tok + g | 0);
  const tabled254 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[i$7] >>> 0);
  if (tabled254) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v27 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v28 = $fr(acc16 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v29 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v28);
      const v30 = $fr(v27 + v29);
      const v31 = $fr(v27 + v28);
      const v33 = $fr(v32 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v34 = $fr(v31 + v33);
      const v35 = $fr(v30 - v34);
      const v36 = Math.max(0, v35);
      const v37 = $i32f(v36);
      const v38 = Math.min(v27, v29);
      const v39 = $i32f(v38);
      const v40 = $fr(v29 + 1);
      const v41 = adv_lgamma(v40);
      const v42 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
      const v43 = adv_lgamma(v42);
      const v44 = $fr(v41 - v43);
      const v45 = $fr(v29 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v46 = $fr(v45 + 1);
      const v47 = adv_lgamma(v46);
      const v48 = $fr(v44 - v47);
      const v49 = $fr(v34 - v29);
      const v50 = $fr(v27 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v51 = $fr(v49 + 1);
      const v52 = adv_lgamma(v51);
      const v53 = $fr(v50 + 1);
      const v54 = adv_lgamma(v53);
      const v55 = $fr(v52 - v54);
      const v56 = $fr(v49 - v50);
      const v57 = $fr(v56 + 1);
      const v58 = adv_lgamma(v57);
      const v59 = $fr(v55 - v58);
      const v60 = $fr(v48 + v59);
      const v61 = $fr(v34 + 1);
      const v62 = adv_lgamma(v61);
      const v63 = $fr(v27 + 1);
      const v64 = adv_lgamma(v63);
      const v65 = $fr(v62 - v64);
      const v66 = $fr(v34 - v27);
      const v67 = $fr(v66 + 1);
      const v68 = adv_lgamma(v67);
      const v69 = $fr(v65 - v68);
      const v70 = $fr(v60 - v69);
      const v71 = $fr(v70 + 0.000009999999747378752);
      let fold73 = 0;
      for (let k72 = v37; (k72 <= v39); k72 = (k72 + 1 | 0)) {
        const v74 = $fr(k72);
        const v75 = $fr(v74 + 1);
        const v76 = adv_lgamma(v75);
        const v77 = $fr(v41 - v76);
        const v78 = $fr(v29 - v74);
        const v79 = $fr(v78 + 1);
        const v80 = adv_lgamma(v79);
        const v81 = $fr(v77 - v80);
        const v82 = $fr(v27 - v74);
        const v83 = $fr(v82 + 1);
        const v84 = adv_lgamma(v83);
        const v85 = $fr(v52 - v84);
        const v86 = $fr(v49 - v82);
        const v87 = $fr(v86 + 1);
        const v88 = adv_lgamma(v87);
        const v89 = $fr(v85 - v88);
        const v90 = $fr(v81 + v89);
        const v91 = $fr(v90 - v69);
        const v92 = $fr(Math.exp(v91));
        const v93 = (v91 <= v71);
        const v94 = (v93 ? v92 : 0);
        fold73 = $fr(fold73 + v94);
      }
      const v95 = fold73;
      F_table254[(Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + i | 0)] = v95;
    }
  }
  const v96 = (u_p_alpha !== 0);
  const v237 = (u_p_beta !== 0);
  const i$8 = (u_oh_count_tok + g | 0);
  const tabled197 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[i$8] >>> 0);
  if (tabled197) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v97 = 0;
      if (v96) {
        const v98 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v99 = $fr(v98 + $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v100 = $fr(acc16 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v101 = $fr(v99 + v100);
        const v102 = $fr(v98 + v100);
        const v103 = $fr(v32 - $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v104 = $fr(v102 + v103);
        const v105 = $fr(v101 - v104);
        const v106 = Math.max(0, v105);
        const v107 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v100);
        const v108 = Math.min(v98, v107);
        const v109 = (v106 === v108);
        let v110 = 0;
        if (v109) {
          v110 = 0;
        } else {
          const v111 = $fr(v98 + v107);
          const v112 = $fr(v111 - v104);
          const v113 = Math.max(0, v112);
          const v114 = $i32f(v113);
          const v115 = $i32f(v108);
          const v116 = $fr(v107 + 1);
          const v117 = adv_lgamma(v116);
          const v118 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
          const v119 = adv_lgamma(v118);
          const v120 = $fr(v117 - v119);
          const v121 = $fr(v107 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v122 = $fr(v121 + 1);
          const v123 = adv_lgamma(v122);
          const v124 = $fr(v120 - v123);
          const v125 = $fr(v104 - v107);
          const v126 = $fr(v98 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v127 = $fr(v125 + 1);
          const v128 = adv_lgamma(v127);
          const v129 = $fr(v126 + 1);
          const v130 = adv_lgamma(v129);
          const v131 = $fr(v128 - v130);
          const v132 = $fr(v125 - v126);
          const v133 = $fr(v132 + 1);
          const v134 = adv_lgamma(v133);
          const v135 = $fr(v131 - v134);
          const v136 = $fr(v124 + v135);
          const v137 = $fr(v104 + 1);
          const v138 = adv_lgamma(v137);
          const v139 = $fr(v98 + 1);
          const v140 = adv_lgamma(v139);
          const v141 = $fr(v138 - v140);
          const v142 = $fr(v104 - v98);
          const v143 = $fr(v142 + 1);
          const v144 = adv_lgamma(v143);
          const v145 = $fr(v141 - v144);
          const v146 = $fr(v136 - v145);
          const v147 = $fr(v146 + 0.000009999999747378752);
          let fold149 = 0;
          for (let k148 = v114; (k148 <= v115); k148 = (k148 + 1 | 0)) {
            const v150 = $fr(k148);
            const v151 = $fr(v150 + 1);
            const v152 = adv_lgamma(v151);
            const v153 = $fr(v117 - v152);
            const v154 = $fr(v107 - v150);
            const v155 = $fr(v154 + 1);
            const v156 = adv_lgamma(v155);
            const v157 = $fr(v153 - v156);
            const v158 = $fr(v98 - v150);
            const v159 = $fr(v158 + 1);
            const v160 = adv_lgamma(v159);
            const v161 = $fr(v128 - v160);
            const v162 = $fr(v125 - v158);
            const v163 = $fr(v162 + 1);
            const v164 = adv_lgamma(v163);
            const v165 = $fr(v161 - v164);
            const v166 = $fr(v157 + v165);
            const v167 = $fr(v166 - v145);
            const v168 = $fr(Math.exp(v167));
            const v169 = (v167 <= v147);
            const v170 = (v169 ? v168 : 0);
            fold149 = $fr(fold149 + v170);
          }
          const v171 = fold149;
          const v172 = $fr((-2) * v171);
          const v173 = $fr(Math.exp(v172));
          v110 = v173;
        }
        const v174 = v110;
        const v175 = $fr(u_p_alpha * v174);
        v97 = v175;
      } else {
        v97 = 0;
      }
      const v176 = v97;
      const v177 = $fr(acc16 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v178 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v177);
      const v179 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v180 = $fr(v179 + v177);
      const v181 = $fr(v32 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v182 = $fr(v180 + v181);
      const v183 = $fr(v178 / v182);
      const v184 = (-v183);
      const v185 = $fr(Math.log2(v183));
      const v186 = $fr(v184 * v185);
      const v187 = (v183 > 0);
      const v188 = (v187 ? v186 : 0);
      const v189 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v181);
      const v190 = $fr(v189 / v182);
      const v191 = (-v190);
      const v192 = $fr(Math.log2(v190));
      const v193 = $fr(v191 * v192);
      const v194 = (v190 > 0);
      const v195 = (v194 ? v193 : 0);
      const v196 = $fr(v188 + v195);
      const v197 = $fr(v179 / v182);
      const v198 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v179);
      const v199 = (-v198);
      const v200 = $fr(Math.log2(v198));
      const v201 = $fr(v199 * v200);
      const v202 = (v198 > 0);
      const v203 = (v202 ? v201 : 0);
      const v204 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v179);
      const v205 = (-v204);
      const v206 = $fr(Math.log2(v204));
      const v207 = $fr(v205 * v206);
      const v208 = (v204 > 0);
      const v209 = (v208 ? v207 : 0);
      const v210 = $fr(v203 + v209);
      const v211 = (v179 > 0);
      const v212 = (v211 ? v210 : 0);
      const v213 = $fr(v197 * v212);
      const v214 = $fr(v177 + v181);
      const v215 = $fr(v214 / v182);
      const v216 = $fr(v177 / v214);
      const v217 = (-v216);
      const v218 = $fr(Math.log2(v216));
      const v219 = $fr(v217 * v218);
      const v220 = (v216 > 0);
      const v221 = (v220 ? v219 : 0);
      const v222 = $fr(v181 / v214);
      const v223 = (-v222);
      const v224 = $fr(Math.log2(v222));
      const v225 = $fr(v223 * v224);
      const v226 = (v222 > 0);
      const v227 = (v226 ? v225 : 0);
      const v228 = $fr(v221 + v227);
      const v229 = (v214 > 0);
      const v230 = (v229 ? v228 : 0);
      const v231 = $fr(v215 * v230);
      const v232 = $fr(v213 + v231);
      const v233 = $fr(v196 - v232);
      const v234 = (v182 > 0);
      const v235 = (v234 ? v233 : 0);
      const v236 = $fr(u_p_beta * v235);
      const v238 = (v237 ? v236 : 0);
      const v239 = $fr(v176 + v238);
      F_table197[(Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + i | 0)] = v239;
    }
  }
  const i$9 = (u_oh_count_tok + g | 0);
  const tabled209 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[i$9] >>> 0);
  if (tabled209) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v240 = $fr(acc16 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v241 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v240);
      const v242 = $fr(v241 + 1.000000013351432e-10);
      const v243 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v242);
      const v244 = Math.min(Math.max(v243, 0), 1);
      const v245 = $fr(Math.sqrt(v244));
      const a$10 = Math.min(Math.abs(v245), 1);
      const big$10 = (a$10 > 0.5);
      const s$10 = (big$10 ? $fr(Math.sqrt($fr($fr(1 - a$10) * 0.5))) : a$10);
      const z$10 = $fr(s$10 * s$10);
      const r$10 = $fr(s$10 + $fr($fr(s$10 * z$10) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$10) + 0.02672567404806614) * z$10) + 0.0449705570936203) * z$10) + 0.07499051839113235) * z$10) + 0.16666670143604279)));
      const v$10 = (big$10 ? $fr(1.5707963705062866 - $fr(2 * r$10)) : r$10);
      const v246 = ((v245 < 0) ? (-v$10) : v$10);
      const v247 = $fr(v32 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v248 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v247);
      const v249 = $fr(v248 + 1.000000013351432e-10);
      const v250 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v249);
      const v251 = Math.min(Math.max(v250, 0), 1);
      const v252 = $fr(Math.sqrt(v251));
      const a$11 = Math.min(Math.abs(v252), 1);
      const big$11 = (a$11 > 0.5);
      const s$11 = (big$11 ? $fr(Math.sqrt($fr($fr(1 - a$11) * 0.5))) : a$11);
      const z$11 = $fr(s$11 * s$11);
      const r$11 = $fr(s$11 + $fr($fr(s$11 * z$11) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$11) + 0.02672567404806614) * z$11) + 0.0449705570936203) * z$11) + 0.07499051839113235) * z$11) + 0.16666670143604279)));
      const v$11 = (big$11 ? $fr(1.5707963705062866 - $fr(2 * r$11)) : r$11);
      const v253 = ((v252 < 0) ? (-v$11) : v$11);
      const v254 = $fr(v246 - v253);
      F_table209[(Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + i | 0)] = v254;
    }
  }
  const v326 = $fr(u_p_p_crit * 0.9999899864196777);
  const v329 = (acc16 > 0);
  const v330 = (v32 > 0);
  const v331 = (v329 && v330);
  const v497 = $fr(u_p_bm25_k1 + 1);
  const v499 = $fr(1 - u_p_bm25_b);
  const v500 = $fr(u_p_bm25_b * acc22);
  const v501 = $fr(acc22 + acc24);
  const v502 = $fr(v501 / 2);
  const v503 = $fr(v500 / v502);
  const v504 = $fr(v499 + v503);
  const v505 = $fr(u_p_bm25_k1 * v504);
  const v511 = $fr(u_p_bm25_b * acc24);
  const v512 = $fr(acc24 + acc22);
  const v513 = $fr(v512 / 2);
  const v514 = $fr(v511 / v513);
  const v515 = $fr(v499 + v514);
  const v516 = $fr(u_p_bm25_k1 * v515);
  const v524 = (u_p_gamma !== 0);
  const v528 = $fr(u_p_alpha + u_p_beta);
  const i$12 = (u_oh_count_tok + g | 0);
  const nkeys258 = H[i$12];
  for (let i = lid; (i >>> 0 < nkeys258 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const i$13 = (u_oh_acc28 + slot | 0);
    const v255 = $fr(H[i$13] >>> 0);
    const i$14 = (u_oh_acc32 + slot | 0);
    const v256 = $fr(H[i$14] >>> 0);
    let v257 = 0;
    if (tabled254) {
      v257 = F_table254[((Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + Math.imul((v255 > 0 ? (v255 < 4294967296 ? v255 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) | 0) + (v256 > 0 ? (v256 < 4294967296 ? v256 >>> 0 | 0 : -1) : 0) | 0)];
    } else {
      const v258 = $fr(v255 + v256);
      const v259 = $fr(acc16 - v255);
      const v260 = $fr(v255 + v259);
      const v261 = $fr(v258 + v260);
      const v262 = $fr(v258 + v259);
      const v263 = $fr(v32 - v256);
      const v264 = $fr(v262 + v263);
      const v265 = $fr(v261 - v264);
      const v266 = Math.max(0, v265);
      const v267 = $i32f(v266);
      const v268 = Math.min(v258, v260);
      const v269 = $i32f(v268);
      const v270 = $fr(v260 + 1);
      const v271 = adv_lgamma(v270);
      const v272 = $fr(v255 + 1);
      const v273 = adv_lgamma(v272);
      const v274 = $fr(v271 - v273);
      const v275 = $fr(v260 - v255);
      const v276 = $fr(v275 + 1);
      const v277 = adv_lgamma(v276);
      const v278 = $fr(v274 - v277);
      const v279 = $fr(v264 - v260);
      const v280 = $fr(v258 - v255);
      const v281 = $fr(v279 + 1);
      const v282 = adv_lgamma(v281);
      const v283 = $fr(v280 + 1);
      const v284 = adv_lgamma(v283);
      const v285 = $fr(v282 - v284);
      const v286 = $fr(v279 - v280);
      const v287 = $fr(v286 + 1);
      const v288 = adv_lgamma(v287);
      const v289 = $fr(v285 - v288);
      const v290 = $fr(v278 + v289);
      const v291 = $fr(v264 + 1);
      const v292 = adv_lgamma(v291);
      const v293 = $fr(v258 + 1);
      const v294 = adv_lgamma(v293);
      const v295 = $fr(v292 - v294);
      const v296 = $fr(v264 - v258);
      const v297 = $fr(v296 + 1);
      const v298 = adv_lgamma(v297);
      const v299 = $fr(v295 - v298);
      const v300 = $fr(v290 - v299);
      const v301 = $fr(v300 + 0.000009999999747378752);
      let fold303 = 0;
      for (let k302 = v267; (k302 <= v269); k302 = (k302 + 1 | 0)) {
        const v304 = $fr(k302);
        const v305 = $fr(v304 + 1);
        const v306 = adv_lgamma(v305);
        const v307 = $fr(v271 - v306);
        const v308 = $fr(v260 - v304);
        const v309 = $fr(v308 + 1);
        const v310 = adv_lgamma(v309);
        const v311 = $fr(v307 - v310);
        const v312 = $fr(v258 - v304);
        const v313 = $fr(v312 + 1);
        const v314 = adv_lgamma(v313);
        const v315 = $fr(v282 - v314);
        const v316 = $fr(v279 - v312);
        const v317 = $fr(v316 + 1);
        const v318 = adv_lgamma(v317);
        const v319 = $fr(v315 - v318);
        const v320 = $fr(v311 + v319);
        const v321 = $fr(v320 - v299);
        const v322 = $fr(Math.exp(v321));
        const v323 = (v321 <= v301);
        const v324 = (v323 ? v322 : 0);
        fold303 = $fr(fold303 + v324);
      }
      v257 = fold303;
    }
    const v325 = v257;
    const v327 = (v325 < v326);
    let v328 = 0;
    if (v327) {
      const i$15 = (u_oh_keys_tok + slot | 0);
      const v332 = (H[i$15] - 1 | 0);
      const v333 = (v332 !== u_p_zero_token_id);
      const v334 = (v331 && v333);
      let v335 = 0;
      if (v334) {
        let v336 = 0;
        if (tabled197) {
          v336 = F_table197[((Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + Math.imul((v255 > 0 ? (v255 < 4294967296 ? v255 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) | 0) + (v256 > 0 ? (v256 < 4294967296 ? v256 >>> 0 | 0 : -1) : 0) | 0)];
        } else {
          let v337 = 0;
          if (v96) {
            const v338 = $fr(v255 + v256);
            const v339 = $fr(v338 + v255);
            const v340 = $fr(acc16 - v255);
            const v341 = $fr(v339 + v340);
            const v342 = $fr(v338 + v340);
            const v343 = $fr(v32 - v256);
            const v344 = $fr(v342 + v343);
            const v345 = $fr(v341 - v344);
            const v346 = Math.max(0, v345);
            const v347 = $fr(v255 + v340);
            const v348 = Math.min(v338, v347);
            const v349 = (v346 === v348);
            let v350 = 0;
            if (v349) {
              v350 = 0;
            } else {
              const v351 = $fr(v338 + v347);
              const v352 = $fr(v351 - v344);
              const v353 = Math.max(0, v352);
              const v354 = $i32f(v353);
              const v355 = $i32f(v348);
              const v356 = $fr(v347 + 1);
              const v357 = adv_lgamma(v356);
              const v358 = $fr(v255 + 1);
              const v359 = adv_lgamma(v358);
              const v360 = $fr(v357 - v359);
              const v361 = $fr(v347 - v255);
              const v362 = $fr(v361 + 1);
              const v363 = adv_lgamma(v362);
              const v364 = $fr(v360 - v363);
              const v365 = $fr(v344 - v347);
              const v366 = $fr(v338 - v255);
              const v367 = $fr(v365 + 1);
              const v368 = adv_lgamma(v367);
              const v369 = $fr(v366 + 1);
              const v370 = adv_lgamma(v369);
              const v371 = $fr(v368 - v370);
              const v372 = $fr(v365 - v366);
              const v373 = $fr(v372 + 1);
              const v374 = adv_lgamma(v373);
              const v375 = $fr(v371 - v374);
              const v376 = $fr(v364 + v375);
              const v377 = $fr(v344 + 1);
              const v378 = adv_lgamma(v377);
              const v379 = $fr(v338 + 1);
              const v380 = adv_lgamma(v379);
              const v381 = $fr(v378 - v380);
              const v382 = $fr(v344 - v338);
              const v383 = $fr(v382 + 1);
              const v384 = adv_lgamma(v383);
              const v385 = $fr(v381 - v384);
              const v386 = $fr(v376 - v385);
              const v387 = $fr(v386 + 0.000009999999747378752);
              let fold389 = 0;
              for (let k388 = v354; (k388 <= v355); k388 = (k388 + 1 | 0)) {
                const v390 = $fr(k388);
                const v391 = $fr(v390 + 1);
                const v392 = adv_lgamma(v391);
                const v393 = $fr(v357 - v392);
                const v394 = $fr(v347 - v390);
                const v395 = $fr(v394 + 1);
                const v396 = adv_lgamma(v395);
                const v397 = $fr(v393 - v396);
                const v398 = $fr(v338 - v390);
                const v399 = $fr(v398 + 1);
                const v400 = adv_lgamma(v399);
                const v401 = $fr(v368 - v400);
                const v402 = $fr(v365 - v398);
                const v403 = $fr(v402 + 1);
                const v404 = adv_lgamma(v403);
                const v405 = $fr(v401 - v404);
                const v406 = $fr(v397 + v405);
                const v407 = $fr(v406 - v385);
                const v408 = $fr(Math.exp(v407));
                const v409 = (v407 <= v387);
                const v410 = (v409 ? v408 : 0);
                fold389 = $fr(fold389 + v410);
              }
              const v411 = fold389;
              const v412 = $fr((-2) * v411);
              const v413 = $fr(Math.exp(v412));
              v350 = v413;
            }
            const v414 = v350;
            const v415 = $fr(u_p_alpha * v414);
            v337 = v415;
          } else {
            v337 = 0;
          }
          const v416 = v337;
          const v417 = $fr(acc16 - v255);
          const v418 = $fr(v255 + v417);
          const v419 = $fr(v255 + v256);
          const v420 = $fr(v419 + v417);
          const v421 = $fr(v32 - v256);
          const v422 = $fr(v420 + v421);
          const v423 = $fr(v418 / v422);
          const v424 = (-v423);
          const v425 = $fr(Math.log2(v423));
          const v426 = $fr(v424 * v425);
          const v427 = (v423 > 0);
          const v428 = (v427 ? v426 : 0);
          const v429 = $fr(v256 + v421);
          const v430 = $fr(v429 / v422);
          const v431 = (-v430);
          const v432 = $fr(Math.log2(v430));
          const v433 = $fr(v431 * v432);
          const v434 = (v430 > 0);
          const v435 = (v434 ? v433 : 0);
          const v436 = $fr(v428 + v435);
          const v437 = $fr(v419 / v422);
          const v438 = $fr(v255 / v419);
          const v439 = (-v438);
          const v440 = $fr(Math.log2(v438));
          const v441 = $fr(v439 * v440);
          const v442 = (v438 > 0);
          const v443 = (v442 ? v441 : 0);
          const v444 = $fr(v256 / v419);
          const v445 = (-v444);
          const v446 = $fr(Math.log2(v444));
          const v447 = $fr(v445 * v446);
          const v448 = (v444 > 0);
          const v449 = (v448 ? v447 : 0);
          const v450 = $fr(v443 + v449);
          const v451 = (v419 > 0);
          const v452 = (v451 ? v450 : 0);
          const v453 = $fr(v437 * v452);
          const v454 = $fr(v417 + v421);
          const v455 = $fr(v454 / v422);
          const v456 = $fr(v417 / v454);
          const v457 = (-v456);
          const v458 = $fr(Math.log2(v456));
          const v459 = $fr(v457 * v458);
          const v460 = (v456 > 0);
          const v461 = (v460 ? v459 : 0);
          const v462 = $fr(v421 / v454);
          const v463 = (-v462);
          const v464 = $fr(Math.log2(v462));
          const v465 = $fr(v463 * v464);
          const v466 = (v462 > 0);
          const v467 = (v466 ? v465 : 0);
          const v468 = $fr(v461 + v467);
          const v469 = (v454 > 0);
          const v470 = (v469 ? v468 : 0);
          const v471 = $fr(v455 * v470);
          const v472 = $fr(v453 + v471);
          const v473 = $fr(v436 - v472);
          const v474 = (v422 > 0);
          const v475 = (v474 ? v473 : 0);
          const v476 = $fr(u_p_beta * v475);
          const v477 = (v237 ? v476 : 0);
          v336 = $fr(v416 + v477);
        }
        const v478 = v336;
        let v479 = 0;
        if (tabled209) {
          v479 = F_table209[((Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + Math.imul((v255 > 0 ? (v255 < 4294967296 ? v255 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) | 0) + (v256 > 0 ? (v256 < 4294967296 ? v256 >>> 0 | 0 : -1) : 0) | 0)];
        } else {
          const v480 = $fr(acc16 - v255);
          const v481 = $fr(v255 + v480);
          const v482 = $fr(v481 + 1.000000013351432e-10);
          const v483 = $fr(v255 / v482);
          const v484 = Math.min(Math.max(v483, 0), 1);
          const v485 = $fr(Math.sqrt(v484));
          const a$16 = Math.min(Math.abs(v485), 1);
          const big$16 = (a$16 > 0.5);
          const s$16 = (big$16 ? $fr(Math.sqrt($fr($fr(1 - a$16) * 0.5))) : a$16);
          const z$16 = $fr(s$16 * s$16);
          const r$16 = $fr(s$16 + $fr($fr(s$16 * z$16) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$16) + 0.02672567404806614) * z$16) + 0.0449705570936203) * z$16) + 0.07499051839113235) * z$16) + 0.16666670143604279)));
          const v$16 = (big$16 ? $fr(1.5707963705062866 - $fr(2 * r$16)) : r$16);
          const v486 = ((v485 < 0) ? (-v$16) : v$16);
          const v487 = $fr(v32 - v256);
          const v488 = $fr(v256 + v487);
          const v489 = $fr(v488 + 1.000000013351432e-10);
          const v490 = $fr(v256 / v489);
          const v491 = Math.min(Math.max(v490, 0), 1);
          const v492 = $fr(Math.sqrt(v491));
          const a$17 = Math.min(Math.abs(v492), 1);
          const big$17 = (a$17 > 0.5);
          const s$17 = (big$17 ? $fr(Math.sqrt($fr($fr(1 - a$17) * 0.5))) : a$17);
          const z$17 = $fr(s$17 * s$17);
          const r$17 = $fr(s$17 + $fr($fr(s$17 * z$17) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$17) + 0.02672567404806614) * z$17) + 0.0449705570936203) * z$17) + 0.07499051839113235) * z$17) + 0.16666670143604279)));
          const v$17 = (big$17 ? $fr(1.5707963705062866 - $fr(2 * r$17)) : r$17);
          const v493 = ((v492 < 0) ? (-v$17) : v$17);
          v479 = $fr(v486 - v493);
        }
        const v494 = v479;
        const i$18 = (u_oh_acc34 + slot | 0);
        const v495 = $fr(H[i$18] >>> 0);
        const v496 = $fr(v495 / acc22);
        const v498 = $fr(v496 * v497);
        const v506 = $fr(v496 + v505);
        const v507 = $fr(v498 / v506);
        const i$19 = (u_oh_acc50 + slot | 0);
        const v508 = $fr(H[i$19] >>> 0);
        const v509 = $fr(v508 / acc24);
        const v510 = $fr(v509 * v497);
        const v517 = $fr(v509 + v516);
        const v518 = $fr(v510 / v517);
        const v519 = $fr(v518 + 0.000009999999747378752);
        const v520 = $fr(v507 / v519);
        const v521 = $fr(v507 + 0.000009999999747378752);
        const v522 = $fr(v518 / v521);
        const v523 = $fr(v520 - v522);
        const v525 = (v524 ? v523 : 0);
        const v526 = $fr(v494 + v525);
        const v527 = $fr(v478 * v526);
        const v529 = $fr(v527 / v528);
        const v530 = $fr(1 / $fr(1 + $fr(Math.exp((-v529)))));
        const v531 = $fr(v530 - 0.5);
        const v532 = $fr(v531 * 2);
        const v533 = $fr(v532 * u_p_top);
        v335 = v533;
      } else {
        v335 = 0;
      }
      const v534 = v335;
      v328 = v534;
    } else {
      v328 = 0;
    }
    F_v258[slot] = v328;
  }
  const v536 = $fr(acc261 / acc17);
  let acc267 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v535 = F_v10[row];
    const v537 = $fr(v535 - v536);
    const v538 = $fr(v537 * v537);
    acc267 = $fr(acc267 + v538);
  }
  if ((lid === 0)) {
    F_v267[g] = acc267;
  }
  const v540 = (acc17 > 1);
  const v541 = (v540 ? v536 : 0);
  const v543 = $fr(acc17 - 1);
  const v544 = $fr(acc267 / v543);
  const v545 = $fr(Math.sqrt(v544));
  const v546 = (v540 ? v545 : 1);
  const v547 = $fr(v546 + u_p_epsilon);
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v539 = F_v10[row];
    const v542 = $fr(v539 - v541);
    const v548 = $fr(v542 / v547);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const i$20 = ((u_oh_slot_tok + Math.imul(row, u_T) | 0) + t | 0);
      const sw549 = H[i$20];
      const v550 = F_v258[((sw549 !== (-1)) ? (sw549 & 2147483647) : 0)];
      const v551 = ((sw549 !== (-1)) ? v550 : 0);
      const v552 = $fr(v548 + v551);
      const v553 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v554 = $fr(v553);
      const v555 = $fr(v552 * v554);
      const v556 = v551;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v555;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v556;
    }
  }
  {
    const lbase = I_vbase[g];
    const i$21 = (u_oh_count_tok + g | 0);
    const nk = H[i$21];
    for (let i = 0; (i >>> 0 < nk >>> 0); i = (i + 1 | 0)) {
      H[((u_oh_seen_tok + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc28 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc32 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc34 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc50 + lbase | 0) + i | 0)] = 0;
    }
  }
}
let u, $H, $F_token_level_rewards, $F_v10, $F_v20, $F_v16, $F_v17, $F_v22, $F_v24, $F_v261, $F_table254, $F_table197, $F_table209, $F_v258, $F_v267, $F_out_advantages, $F_out_key_values, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase, $I_korder, $I_responses;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v10 = f["v10"];
  $F_v20 = f["v20"];
  $F_v16 = f["v16"];
  $F_v17 = f["v17"];
  $F_v22 = f["v22"];
  $F_v24 = f["v24"];
  $F_v261 = f["v261"];
  $F_table254 = f["table254"];
  $F_table197 = f["table197"];
  $F_table209 = f["table209"];
  $F_v258 = f["v258"];
  $F_v267 = f["v267"];
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