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
  const u_oh_acc31 = u.oh_acc31;
  const u_oh_acc27 = u.oh_acc27;
  const u_oh_acc49 = u.oh_acc49;
  const u_oh_acc33 = u.oh_acc33;
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
  const F_v9 = $F_v9;
  const F_v19 = $F_v19;
  const F_v15 = $F_v15;
  const F_v16 = $F_v16;
  const F_v21 = $F_v21;
  const F_v23 = $F_v23;
  const F_v233 = $F_v233;
  const I_kbase = $I_kbase;
  const I_vbase = $I_vbase;
  const I_korder = $I_korder;
  const I_responses = $I_responses;
  const H = $H;
  const F_table196 = $F_table196;
  const F_table208 = $F_table208;
  const F_v230 = $F_v230;
  const F_v239 = $F_v239;
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
      if ((I_response_mask[(Math.imul(row0, u_T) + t | 0)] !== 0)) {
        const v0 = F_token_level_rewards[(Math.imul(row0, u_T) + t | 0)];
        acc9_0 = $fr(acc9_0 + v0);
        acc19_0 = $fr(acc19_0 + 1);
      }
      if ((I_response_mask[(Math.imul(row1, u_T) + t | 0)] !== 0)) {
        const v1 = F_token_level_rewards[(Math.imul(row1, u_T) + t | 0)];
        acc9_1 = $fr(acc9_1 + v1);
        acc19_1 = $fr(acc19_1 + 1);
      }
      if ((I_response_mask[(Math.imul(row2, u_T) + t | 0)] !== 0)) {
        const v2 = F_token_level_rewards[(Math.imul(row2, u_T) + t | 0)];
        acc9_2 = $fr(acc9_2 + v2);
        acc19_2 = $fr(acc19_2 + 1);
      }
      if ((I_response_mask[(Math.imul(row3, u_T) + t | 0)] !== 0)) {
        const v3 = F_token_level_rewards[(Math.imul(row3, u_T) + t | 0)];
        acc9_3 = $fr(acc9_3 + v3);
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
      if ((I_response_mask[(Math.imul(row, u_T) + t | 0)] !== 0)) {
        const v4 = F_token_level_rewards[(Math.imul(row, u_T) + t | 0)];
        acc9 = $fr(acc9 + v4);
        acc19 = $fr(acc19 + 1);
      }
    }
    F_v9[row] = acc9;
    F_v19[row] = acc19;
  }
  let acc15 = 0;
  let acc16 = 0;
  let acc21 = 0;
  let acc23 = 0;
  let acc233 = 0;
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
    acc233 = $fr(acc233 + v5);
  }
  if ((lid === 0)) {
    F_v15[g] = acc15;
    F_v16[g] = acc16;
    F_v21[g] = acc21;
    F_v23[g] = acc23;
    F_v233[g] = acc233;
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
                const i$2 = (((a23 !== 0) ? u_oh_acc27 : u_oh_acc31) + (word & 2147483647) | 0);
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
                const i$3 = (((a25 !== 0) ? u_oh_acc33 : u_oh_acc49) + (word & 2147483647) | 0);
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
  const v27 = (u_p_alpha !== 0);
  const v34 = $fr(acc16 - acc15);
  const v169 = (u_p_beta !== 0);
  const i$7 = (u_oh_count_tok + g | 0);
  const tabled196 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[i$7] >>> 0);
  if (tabled196) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      let v28 = 0;
      if (v27) {
        const v29 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v30 = $fr(v29 + $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v31 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
        const v32 = $fr(v30 + v31);
        const v33 = $fr(v29 + v31);
        const v35 = $fr(v34 - $fr($umod(i, (n + 1 | 0)) >>> 0));
        const v36 = $fr(v33 + v35);
        const v37 = $fr(v32 - v36);
        const v38 = Math.max(0, v37);
        const v39 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v31);
        const v40 = Math.min(v29, v39);
        const v41 = (v38 === v40);
        let v42 = 0;
        if (v41) {
          v42 = 0;
        } else {
          const v43 = $fr(v29 + v39);
          const v44 = $fr(v43 - v36);
          const v45 = Math.max(0, v44);
          const v46 = $i32f(v45);
          const v47 = $i32f(v40);
          const v48 = $fr(v39 + 1);
          const v49 = adv_lgamma(v48);
          const v50 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + 1);
          const v51 = adv_lgamma(v50);
          const v52 = $fr(v49 - v51);
          const v53 = $fr(v39 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
          const v54 = $fr(v53 + 1);
          const v55 = adv_lgamma(v54);
          const v56 = $fr(v52 - v55);
          const v57 = $fr(v36 - v39);
          const v58 = $fr(v29 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
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
          const v69 = $fr(v36 + 1);
          const v70 = adv_lgamma(v69);
          const v71 = $fr(v29 + 1);
          const v72 = adv_lgamma(v71);
          const v73 = $fr(v70 - v72);
          const v74 = $fr(v36 - v29);
          const v75 = $fr(v74 + 1);
          const v76 = adv_lgamma(v75);
          const v77 = $fr(v73 - v76);
          const v78 = $fr(v68 - v77);
          const v79 = $fr(v78 + 0.000009999999747378752);
          let fold81 = 0;
          for (let k80 = v46; (k80 <= v47); k80 = (k80 + 1 | 0)) {
            const v82 = $fr(k80);
            const v83 = $fr(v82 + 1);
            const v84 = adv_lgamma(v83);
            const v85 = $fr(v49 - v84);
            const v86 = $fr(v39 - v82);
            const v87 = $fr(v86 + 1);
            const v88 = adv_lgamma(v87);
            const v89 = $fr(v85 - v88);
            const v90 = $fr(v29 - v82);
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
          const v103 = fold81;
          const v104 = $fr((-2) * v103);
          const v105 = $fr(Math.exp(v104));
          v42 = v105;
        }
        const v106 = v42;
        const v107 = $fr(u_p_alpha * v106);
        v28 = v107;
      } else {
        v28 = 0;
      }
      const v108 = v28;
      const v109 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v110 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v109);
      const v111 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v112 = $fr(v111 + v109);
      const v113 = $fr(v34 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v114 = $fr(v112 + v113);
      const v115 = $fr(v110 / v114);
      const v116 = (-v115);
      const v117 = $fr(Math.log2(v115));
      const v118 = $fr(v116 * v117);
      const v119 = (v115 > 0);
      const v120 = (v119 ? v118 : 0);
      const v121 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v113);
      const v122 = $fr(v121 / v114);
      const v123 = (-v122);
      const v124 = $fr(Math.log2(v122));
      const v125 = $fr(v123 * v124);
      const v126 = (v122 > 0);
      const v127 = (v126 ? v125 : 0);
      const v128 = $fr(v120 + v127);
      const v129 = $fr(v111 / v114);
      const v130 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v111);
      const v131 = (-v130);
      const v132 = $fr(Math.log2(v130));
      const v133 = $fr(v131 * v132);
      const v134 = (v130 > 0);
      const v135 = (v134 ? v133 : 0);
      const v136 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v111);
      const v137 = (-v136);
      const v138 = $fr(Math.log2(v136));
      const v139 = $fr(v137 * v138);
      const v140 = (v136 > 0);
      const v141 = (v140 ? v139 : 0);
      const v142 = $fr(v135 + v141);
      const v143 = (v111 > 0);
      const v144 = (v143 ? v142 : 0);
      const v145 = $fr(v129 * v144);
      const v146 = $fr(v109 + v113);
      const v147 = $fr(v146 / v114);
      const v148 = $fr(v109 / v146);
      const v149 = (-v148);
      const v150 = $fr(Math.log2(v148));
      const v151 = $fr(v149 * v150);
      const v152 = (v148 > 0);
      const v153 = (v152 ? v151 : 0);
      const v154 = $fr(v113 / v146);
      const v155 = (-v154);
      const v156 = $fr(Math.log2(v154));
      const v157 = $fr(v155 * v156);
      const v158 = (v154 > 0);
      const v159 = (v158 ? v157 : 0);
      const v160 = $fr(v153 + v159);
      const v161 = (v146 > 0);
      const v162 = (v161 ? v160 : 0);
      const v163 = $fr(v147 * v162);
      const v164 = $fr(v145 + v163);
      const v165 = $fr(v128 - v164);
      const v166 = (v114 > 0);
      const v167 = (v166 ? v165 : 0);
      const v168 = $fr(u_p_beta * v167);
      const v170 = (v169 ? v168 : 0);
      const v171 = $fr(v108 + v170);
      F_table196[(Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + i | 0)] = v171;
    }
  }
  const i$8 = (u_oh_count_tok + g | 0);
  const tabled208 = (Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0 <= H[i$8] >>> 0);
  if (tabled208) {
    for (let i = lid; (i >>> 0 < Math.imul((n + 1 | 0), (n + 1 | 0)) >>> 0); i = (i + WG | 0)) {
      const v172 = $fr(acc15 - $fr($udiv(i, (n + 1 | 0)) >>> 0));
      const v173 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) + v172);
      const v174 = $fr(v173 + 1.000000013351432e-10);
      const v175 = $fr($fr($udiv(i, (n + 1 | 0)) >>> 0) / v174);
      const v176 = Math.min(Math.max(v175, 0), 1);
      const v177 = $fr(Math.sqrt(v176));
      const a$9 = Math.min(Math.abs(v177), 1);
      const big$9 = (a$9 > 0.5);
      const s$9 = (big$9 ? $fr(Math.sqrt($fr($fr(1 - a$9) * 0.5))) : a$9);
      const z$9 = $fr(s$9 * s$9);
      const r$9 = $fr(s$9 + $fr($fr(s$9 * z$9) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$9) + 0.02672567404806614) * z$9) + 0.0449705570936203) * z$9) + 0.07499051839113235) * z$9) + 0.16666670143604279)));
      const v$9 = (big$9 ? $fr(1.5707963705062866 - $fr(2 * r$9)) : r$9);
      const v178 = ((v177 < 0) ? (-v$9) : v$9);
      const v179 = $fr(v34 - $fr($umod(i, (n + 1 | 0)) >>> 0));
      const v180 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) + v179);
      const v181 = $fr(v180 + 1.000000013351432e-10);
      const v182 = $fr($fr($umod(i, (n + 1 | 0)) >>> 0) / v181);
      const v183 = Math.min(Math.max(v182, 0), 1);
      const v184 = $fr(Math.sqrt(v183));
      const a$10 = Math.min(Math.abs(v184), 1);
      const big$10 = (a$10 > 0.5);
      const s$10 = (big$10 ? $fr(Math.sqrt($fr($fr(1 - a$10) * 0.5))) : a$10);
      const z$10 = $fr(s$10 * s$10);
      const r$10 = $fr(s$10 + $fr($fr(s$10 * z$10) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$10) + 0.02672567404806614) * z$10) + 0.0449705570936203) * z$10) + 0.07499051839113235) * z$10) + 0.16666670143604279)));
      const v$10 = (big$10 ? $fr(1.5707963705062866 - $fr(2 * r$10)) : r$10);
      const v185 = ((v184 < 0) ? (-v$10) : v$10);
      const v186 = $fr(v178 - v185);
      F_table208[(Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + i | 0)] = v186;
    }
  }
  const v187 = (acc15 > 0);
  const v188 = (v34 > 0);
  const v189 = (v187 && v188);
  const v357 = $fr(u_p_bm25_k1 + 1);
  const v359 = $fr(1 - u_p_bm25_b);
  const v360 = $fr(u_p_bm25_b * acc21);
  const v361 = $fr(acc21 + acc23);
  const v362 = $fr(v361 / 2);
  const v363 = $fr(v360 / v362);
  const v364 = $fr(v359 + v363);
  const v365 = $fr(u_p_bm25_k1 * v364);
  const v371 = $fr(u_p_bm25_b * acc23);
  const v372 = $fr(acc23 + acc21);
  const v373 = $fr(v372 / 2);
  const v374 = $fr(v371 / v373);
  const v375 = $fr(v359 + v374);
  const v376 = $fr(u_p_bm25_k1 * v375);
  const v384 = (u_p_gamma !== 0);
  const v388 = $fr(u_p_alpha + u_p_beta);
  const i$11 = (u_oh_count_tok + g | 0);
  const nkeys230 = H[i$11];
  for (let i = lid; (i >>> 0 < nkeys230 >>> 0); i = (i + WG | 0)) {
    const slot = (I_vbase[g] + i | 0);
    const i$12 = (u_oh_keys_tok + slot | 0);
    const v190 = (H[i$12] - 1 | 0);
    const v191 = (v190 !== u_p_zero_token_id);
    const v192 = (v189 && v191);
    let v193 = 0;
    if (v192) {
      const i$13 = (u_oh_acc27 + slot | 0);
      const v194 = $fr(H[i$13] >>> 0);
      const i$14 = (u_oh_acc31 + slot | 0);
      const v195 = $fr(H[i$14] >>> 0);
      let v196 = 0;
      if (tabled196) {
        v196 = F_table196[((Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + Math.imul((v194 > 0 ? (v194 < 4294967296 ? v194 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) | 0) + (v195 > 0 ? (v195 < 4294967296 ? v195 >>> 0 | 0 : -1) : 0) | 0)];
      } else {
        let v197 = 0;
        if (v27) {
          const v198 = $fr(v194 + v195);
          const v199 = $fr(v198 + v194);
          const v200 = $fr(acc15 - v194);
          const v201 = $fr(v199 + v200);
          const v202 = $fr(v198 + v200);
          const v203 = $fr(v34 - v195);
          const v204 = $fr(v202 + v203);
          const v205 = $fr(v201 - v204);
          const v206 = Math.max(0, v205);
          const v207 = $fr(v194 + v200);
          const v208 = Math.min(v198, v207);
          const v209 = (v206 === v208);
          let v210 = 0;
          if (v209) {
            v210 = 0;
          } else {
            const v211 = $fr(v198 + v207);
            const v212 = $fr(v211 - v204);
            const v213 = Math.max(0, v212);
            const v214 = $i32f(v213);
            const v215 = $i32f(v208);
            const v216 = $fr(v207 + 1);
            const v217 = adv_lgamma(v216);
            const v218 = $fr(v194 + 1);
            const v219 = adv_lgamma(v218);
            const v220 = $fr(v217 - v219);
            const v221 = $fr(v207 - v194);
            const v222 = $fr(v221 + 1);
            const v223 = adv_lgamma(v222);
            const v224 = $fr(v220 - v223);
            const v225 = $fr(v204 - v207);
            const v226 = $fr(v198 - v194);
            const v227 = $fr(v225 + 1);
            const v228 = adv_lgamma(v227);
            const v229 = $fr(v226 + 1);
            const v230 = adv_lgamma(v229);
            const v231 = $fr(v228 - v230);
            const v232 = $fr(v225 - v226);
            const v233 = $fr(v232 + 1);
            const v234 = adv_lgamma(v233);
            const v235 = $fr(v231 - v234);
            const v236 = $fr(v224 + v235);
            const v237 = $fr(v204 + 1);
            const v238 = adv_lgamma(v237);
            const v239 = $fr(v198 + 1);
            const v240 = adv_lgamma(v239);
            const v241 = $fr(v238 - v240);
            const v242 = $fr(v204 - v198);
            const v243 = $fr(v242 + 1);
            const v244 = adv_lgamma(v243);
            const v245 = $fr(v241 - v244);
            const v246 = $fr(v236 - v245);
            const v247 = $fr(v246 + 0.000009999999747378752);
            let fold249 = 0;
            for (let k248 = v214; (k248 <= v215); k248 = (k248 + 1 | 0)) {
              const v250 = $fr(k248);
              const v251 = $fr(v250 + 1);
              const v252 = adv_lgamma(v251);
              const v253 = $fr(v217 - v252);
              const v254 = $fr(v207 - v250);
              const v255 = $fr(v254 + 1);
              const v256 = adv_lgamma(v255);
              const v257 = $fr(v253 - v256);
              const v258 = $fr(v198 - v250);
              const v259 = $fr(v258 + 1);
              const v260 = adv_lgamma(v259);
              const v261 = $fr(v228 - v260);
              const v262 = $fr(v225 - v258);
              const v263 = $fr(v262 + 1);
              const v264 = adv_lgamma(v263);
              const v265 = $fr(v261 - v264);
              const v266 = $fr(v257 + v265);
              const v267 = $fr(v266 - v245);
              const v268 = $fr(Math.exp(v267));
              const v269 = (v267 <= v247);
              const v270 = (v269 ? v268 : 0);
              fold249 = $fr(fold249 + v270);
            }
            const v271 = fold249;
            const v272 = $fr((-2) * v271);
            const v273 = $fr(Math.exp(v272));
            v210 = v273;
          }
          const v274 = v210;
          const v275 = $fr(u_p_alpha * v274);
          v197 = v275;
        } else {
          v197 = 0;
        }
        const v276 = v197;
        const v277 = $fr(acc15 - v194);
        const v278 = $fr(v194 + v277);
        const v279 = $fr(v194 + v195);
        const v280 = $fr(v279 + v277);
        const v281 = $fr(v34 - v195);
        const v282 = $fr(v280 + v281);
        const v283 = $fr(v278 / v282);
        const v284 = (-v283);
        const v285 = $fr(Math.log2(v283));
        const v286 = $fr(v284 * v285);
        const v287 = (v283 > 0);
        const v288 = (v287 ? v286 : 0);
        const v289 = $fr(v195 + v281);
        const v290 = $fr(v289 / v282);
        const v291 = (-v290);
        const v292 = $fr(Math.log2(v290));
        const v293 = $fr(v291 * v292);
        const v294 = (v290 > 0);
        const v295 = (v294 ? v293 : 0);
        const v296 = $fr(v288 + v295);
        const v297 = $fr(v279 / v282);
        const v298 = $fr(v194 / v279);
        const v299 = (-v298);
        const v300 = $fr(Math.log2(v298));
        const v301 = $fr(v299 * v300);
        const v302 = (v298 > 0);
        const v303 = (v302 ? v301 : 0);
        const v304 = $fr(v195 / v279);
        const v305 = (-v304);
        const v306 = $fr(Math.log2(v304));
        const v307 = $fr(v305 * v306);
        const v308 = (v304 > 0);
        const v309 = (v308 ? v307 : 0);
        const v310 = $fr(v303 + v309);
        const v311 = (v279 > 0);
        const v312 = (v311 ? v310 : 0);
        const v313 = $fr(v297 * v312);
        const v314 = $fr(v277 + v281);
        const v315 = $fr(v314 / v282);
        const v316 = $fr(v277 / v314);
        const v317 = (-v316);
        const v318 = $fr(Math.log2(v316));
        const v319 = $fr(v317 * v318);
        const v320 = (v316 > 0);
        const v321 = (v320 ? v319 : 0);
        const v322 = $fr(v281 / v314);
        const v323 = (-v322);
        const v324 = $fr(Math.log2(v322));
        const v325 = $fr(v323 * v324);
        const v326 = (v322 > 0);
        const v327 = (v326 ? v325 : 0);
        const v328 = $fr(v321 + v327);
        const v329 = (v314 > 0);
        const v330 = (v329 ? v328 : 0);
        const v331 = $fr(v315 * v330);
        const v332 = $fr(v313 + v331);
        const v333 = $fr(v296 - v332);
        const v334 = (v282 > 0);
        const v335 = (v334 ? v333 : 0);
        const v336 = $fr(u_p_beta * v335);
        const v337 = (v169 ? v336 : 0);
        v196 = $fr(v276 + v337);
      }
      const v338 = v196;
      let v339 = 0;
      if (tabled208) {
        v339 = F_table208[((Math.imul(Math.imul(g, (u_N + 1 | 0)), (u_N + 1 | 0)) + Math.imul((v194 > 0 ? (v194 < 4294967296 ? v194 >>> 0 | 0 : -1) : 0), (n + 1 | 0)) | 0) + (v195 > 0 ? (v195 < 4294967296 ? v195 >>> 0 | 0 : -1) : 0) | 0)];
      } else {
        const v340 = $fr(acc15 - v194);
        const v341 = $fr(v194 + v340);
        const v342 = $fr(v341 + 1.000000013351432e-10);
        const v343 = $fr(v194 / v342);
        const v344 = Math.min(Math.max(v343, 0), 1);
        const v345 = $fr(Math.sqrt(v344));
        const a$15 = Math.min(Math.abs(v345), 1);
        const big$15 = (a$15 > 0.5);
        const s$15 = (big$15 ? $fr(Math.sqrt($fr($fr(1 - a$15) * 0.5))) : a$15);
        const z$15 = $fr(s$15 * s$15);
        const r$15 = $fr(s$15 + $fr($fr(s$15 * z$15) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$15) + 0.02672567404806614) * z$15) + 0.0449705570936203) * z$15) + 0.07499051839113235) * z$15) + 0.16666670143604279)));
        const v$15 = (big$15 ? $fr(1.5707963705062866 - $fr(2 * r$15)) : r$15);
        const v346 = ((v345 < 0) ? (-v$15) : v$15);
        const v347 = $fr(v34 - v195);
        const v348 = $fr(v195 + v347);
        const v349 = $fr(v348 + 1.000000013351432e-10);
        const v350 = $fr(v195 / v349);
        const v351 = Math.min(Math.max(v350, 0), 1);
        const v352 = $fr(Math.sqrt(v351));
        const a$16 = Math.min(Math.abs(v352), 1);
        const big$16 = (a$16 > 0.5);
        const s$16 = (big$16 ? $fr(Math.sqrt($fr($fr(1 - a$16) * 0.5))) : a$16);
        const z$16 = $fr(s$16 * s$16);
        const r$16 = $fr(s$16 + $fr($fr(s$16 * z$16) * $fr($fr($fr($fr($fr($fr($fr($fr(0.03777386620640755 * z$16) + 0.02672567404806614) * z$16) + 0.0449705570936203) * z$16) + 0.07499051839113235) * z$16) + 0.16666670143604279)));
        const v$16 = (big$16 ? $fr(1.5707963705062866 - $fr(2 * r$16)) : r$16);
        const v353 = ((v352 < 0) ? (-v$16) : v$16);
        v339 = $fr(v346 - v353);
      }
      const v354 = v339;
      const i$17 = (u_oh_acc33 + slot | 0);
      const v355 = $fr(H[i$17] >>> 0);
      const v356 = $fr(v355 / acc21);
      const v358 = $fr(v356 * v357);
      const v366 = $fr(v356 + v365);
      const v367 = $fr(v358 / v366);
      const i$18 = (u_oh_acc49 + slot | 0);
      const v368 = $fr(H[i$18] >>> 0);
      const v369 = $fr(v368 / acc23);
      const v370 = $fr(v369 * v357);
      const v377 = $fr(v369 + v376);
      const v378 = $fr(v370 / v377);
      const v379 = $fr(v378 + 0.000009999999747378752);
      const v380 = $fr(v367 / v379);
      const v381 = $fr(v367 + 0.000009999999747378752);
      const v382 = $fr(v378 / v381);
      const v383 = $fr(v380 - v382);
      const v385 = (v384 ? v383 : 0);
      const v386 = $fr(v354 + v385);
      const v387 = $fr(v338 * v386);
      const v389 = $fr(v387 / v388);
      const v390 = $fr(1 / $fr(1 + $fr(Math.exp((-v389)))));
      const v391 = $fr(v390 - 0.5);
      const v392 = $fr(v391 * 2);
      const v393 = $fr(v392 * u_p_top);
      v193 = v393;
    } else {
      v193 = 0;
    }
    F_v230[slot] = v193;
  }
  const v395 = $fr(acc233 / acc16);
  let acc239 = 0;
  for (let j = lid; (j >>> 0 < n >>> 0); j = (j + WG | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v394 = F_v9[row];
    const v396 = $fr(v394 - v395);
    const v397 = $fr(v396 * v396);
    acc239 = $fr(acc239 + v397);
  }
  if ((lid === 0)) {
    F_v239[g] = acc239;
  }
  const v399 = (acc16 > 1);
  const v400 = (v399 ? v395 : 0);
  const v402 = $fr(acc16 - 1);
  const v403 = $fr(acc239 / v402);
  const v404 = $fr(Math.sqrt(v403));
  const v405 = (v399 ? v404 : 1);
  const v406 = $fr(v405 + u_p_epsilon);
  for (let j = 0; (j >>> 0 < n >>> 0); j = (j + 1 | 0)) {
    const row = I_members[(m0 + j | 0)];
    const v398 = F_v9[row];
    const v401 = $fr(v398 - v400);
    const v407 = $fr(v401 / v406);
    for (let tt = lid; (tt >>> 0 < u_T >>> 0); tt = (tt + WG | 0)) {
      const t = tt;
      const i$19 = ((u_oh_slot_tok + Math.imul(row, u_T) | 0) + t | 0);
      const sw408 = H[i$19];
      const v409 = F_v230[((sw408 !== (-1)) ? (sw408 & 2147483647) : 0)];
      const v410 = ((sw408 !== (-1)) ? v409 : 0);
      const v411 = $fr(v407 + v410);
      const v412 = I_response_mask[(Math.imul(row, u_T) + t | 0)];
      const v413 = $fr(v412);
      const v414 = $fr(v411 * v413);
      const v415 = v410;
      F_out_advantages[(Math.imul(row, u_T) + t | 0)] = v414;
      F_out_key_values[(Math.imul(row, u_T) + t | 0)] = v415;
    }
  }
  {
    const lbase = I_vbase[g];
    const i$20 = (u_oh_count_tok + g | 0);
    const nk = H[i$20];
    for (let i = 0; (i >>> 0 < nk >>> 0); i = (i + 1 | 0)) {
      H[((u_oh_seen_tok + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc27 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc31 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc33 + lbase | 0) + i | 0)] = 0;
      H[((u_oh_acc49 + lbase | 0) + i | 0)] = 0;
    }
  }
}
let u, $H, $F_token_level_rewards, $F_v9, $F_v19, $F_v15, $F_v16, $F_v21, $F_v23, $F_v233, $F_table196, $F_table208, $F_v230, $F_v239, $F_out_advantages, $F_out_key_values, $I_starts, $I_members, $I_response_mask, $I_kbase, $I_vbase, $I_korder, $I_responses;
function bind(uniforms, f, i, h) {
  u = uniforms; $H = h;
  $F_token_level_rewards = f["token_level_rewards"];
  $F_v9 = f["v9"];
  $F_v19 = f["v19"];
  $F_v15 = f["v15"];
  $F_v16 = f["v16"];
  $F_v21 = f["v21"];
  $F_v23 = f["v23"];
  $F_v233 = f["v233"];
  $F_table196 = f["table196"];
  $F_table208 = f["table208"];
  $F_v230 = f["v230"];
  $F_v239 = f["v239"];
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