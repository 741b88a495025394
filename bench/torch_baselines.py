#!/usr/bin/env python3
"""PyTorch (CPU) baselines for the advc benchmark, timed on a safetensors batch.

Baselines (names as printed):
  torch_ktae_vectorized  KTAE (spec/estimators.md section 6) with tensor ops only: no Python loop over
                         tokens, ids or groups. (group, id) pairs are keyed as group*V + id, deduplicated
                         with torch.unique; presence comes from a [keys x rollouts-in-group] matrix,
                         occurrence counts from bincount, and Fisher's test is evaluated once per distinct
                         table (few of them) on a small k-grid.
  torch_grpo_vectorized  verl GRPO (section 2.2) with bincount / index_add over groups.
  verl_grpo_loop         verl's compute_grpo_outcome_advantage: Python loops over rows and groups.
  torch_<estimator>_vectorized   the newer stdlib estimators (entropy_advantage, gtpo, grpo_s, treerl,
                         grpo_passk, optimal_token_baseline, gdpo, canon) with tensor ops only.
  verl_grpo_passk_loop, verl_optimal_token_baseline_loop   verl's own implementations of those two, which
                         loop over groups in Python.

Prints one JSON line per baseline: wall_ms_median and every run's wall time (ms), after warm-up.
Inputs are tensors already in memory; outputs are [B, T] float32 tensors (host arrays in, host arrays out).
Fisher ties and p == 1 follow test/fixtures/README.md: ties counted within a relative 1e-7 (float64),
F = 0 exactly when the hypergeometric support holds one table. A group of one gets mean 0, std 1 and no
key-token term.
"""
import argparse
import json
import math
import os
import statistics
import struct
import sys
import time
from collections import defaultdict

# Idle OpenMP workers sleep instead of spinning. With the default (spinning) policy, a 2-core machine
# shared with any other busy process makes 2-thread torch 3-10x slower and erratic; sleeping workers
# measured no slower on an idle machine. An explicit OMP_WAIT_POLICY in the environment wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import numpy as np  # noqa: E402  (after the OpenMP setting, which is read when torch loads)
import torch  # noqa: E402

FISHER_TIE_RTOL = 1e-7

# ---------------------------------------------------------------- safetensors (F32 / I32 / I64 only)

_NP = {"F32": np.float32, "I32": np.int32, "I64": np.int64, "F64": np.float64}


def read_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + n])
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        arr = np.frombuffer(data, dtype=_NP[info["dtype"]], count=(end - begin) // np.dtype(_NP[info["dtype"]]).itemsize,
                            offset=8 + n + begin)
        out[name] = torch.from_numpy(arr.reshape(info["shape"]).copy())
    return out


def write_safetensors(path, tensors):
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        arr = t.contiguous().numpy()
        dtype = {np.dtype(np.float32): "F32", np.dtype(np.int32): "I32"}[arr.dtype]
        raw = arr.astype(arr.dtype.newbyteorder("<")).tobytes()
        header[name] = {"dtype": dtype, "shape": list(arr.shape), "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    js = json.dumps(header).encode()
    js += b" " * (-len(js) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(js)) + js + b"".join(blobs))


# ---------------------------------------------------------------- GRPO


def unique_inverse(x):
    """torch.unique(x, return_inverse=True) through one sort: several times faster on CPU in torch 1.13."""
    if x.numel() == 0:
        return x, torch.zeros(0, dtype=torch.int64)
    s, perm = torch.sort(x)
    first = torch.ones_like(s, dtype=torch.bool)
    first[1:] = s[1:] != s[:-1]
    inv = torch.empty_like(perm)
    inv[perm] = torch.cumsum(first, 0) - 1
    return s[first], inv


def group_ids(index):
    """Dense group numbers 0..G-1 (sorted order of the ids, as np.unique gives)."""
    return unique_inverse(index)[1]


def group_mean_std(s, g, G):
    """Per-group mean and unbiased std of float64 scores; a group of one gets mean 0, std 1."""
    cnt = torch.bincount(g, minlength=G).to(torch.float64)
    mean = torch.zeros(G, dtype=torch.float64).index_add_(0, g, s) / cnt
    dev = s - mean[g]
    var = torch.zeros(G, dtype=torch.float64).index_add_(0, g, dev * dev) / (cnt - 1).clamp(min=1)
    single = cnt == 1
    return torch.where(single, 0.0, mean), torch.where(single, 1.0, var.sqrt()), cnt


def grpo_vectorized(R, M, index, epsilon=1e-6, norm_adv_by_std_in_grpo=True):
    s = R.sum(dim=1, dtype=torch.float64)
    g = group_ids(index)
    mean, std, _ = group_mean_std(s, g, int(g.max()) + 1)
    a = (s - mean[g]) / (std[g] + epsilon) if norm_adv_by_std_in_grpo else s - mean[g]
    adv = a.to(torch.float32)[:, None] * M
    return adv, adv.clone()


def grpo_verl_loop(R, M, index, epsilon=1e-6, norm_adv_by_std_in_grpo=True):
    """verl's per-row style: scores per row, lists per uid, torch.mean / torch.std per group, row loop."""
    index = index.numpy()  # verl keeps uids in a numpy array of the non-tensor batch
    scores = R.sum(dim=-1)
    by_uid = defaultdict(list)
    mean_of, std_of = {}, {}
    with torch.no_grad():
        bsz = scores.shape[0]
        for i in range(bsz):
            by_uid[index[i]].append(scores[i])
        for uid, group in by_uid.items():
            if len(group) == 1:
                mean_of[uid], std_of[uid] = torch.tensor(0.0), torch.tensor(1.0)
            else:
                stacked = torch.stack(group)
                mean_of[uid], std_of[uid] = torch.mean(stacked), torch.std(stacked)
        for i in range(bsz):
            if norm_adv_by_std_in_grpo:
                scores[i] = (scores[i] - mean_of[index[i]]) / (std_of[index[i]] + epsilon)
            else:
                scores[i] = scores[i] - mean_of[index[i]]
        scores = scores.unsqueeze(-1) * M
    return scores, scores


# ---------------------------------------------------------------- KTAE


def _xlog2x(p):
    return torch.where(p > 0, -p * torch.log2(p.clamp(min=1e-300)), torch.zeros_like(p))


def information_gain(a, b, c, d):
    n = a + b + c + d
    safe_n = n.clamp(min=1)
    h_y = _xlog2x((a + c) / safe_n) + _xlog2x((b + d) / safe_n)

    def split(x1, x2):
        tot = (x1 + x2).clamp(min=1)
        return torch.where(x1 + x2 > 0, _xlog2x(x1 / tot) + _xlog2x(x2 / tot), torch.zeros_like(x1))

    ig = h_y - ((a + b) / safe_n * split(a, b) + (c + d) / safe_n * split(c, d))
    return torch.where(n > 0, ig, torch.zeros_like(ig))


def fisher_transform(a, b, c, d):
    """exp(-2p) of the two-sided Fisher exact test, per table, float64; see the module docstring."""
    r1, c1, n = a + b, a + c, a + b + c + d
    k_min = (r1 + c1 - n).clamp(min=0)
    k_max = torch.minimum(r1, c1)
    k = torch.arange(0, int(k_max.max()) + 1 if k_max.numel() else 1, dtype=torch.float64)[None, :]

    def log_choose(N, kk):
        return torch.lgamma(N + 1) - torch.lgamma(kk + 1) - torch.lgamma(N - kk + 1)

    in_range = (k >= k_min[:, None]) & (k <= k_max[:, None])
    ks = torch.where(in_range, k, k_min[:, None])  # keeps lgamma arguments valid off the support
    log_den = log_choose(n, r1)
    log_p = log_choose(c1[:, None], ks) + log_choose((n - c1)[:, None], r1[:, None] - ks) - log_den[:, None]
    log_obs = log_choose(c1, a) + log_choose(n - c1, r1 - a) - log_den
    counted = in_range & (log_p <= (log_obs + math.log1p(FISHER_TIE_RTOL))[:, None])
    p = torch.where(counted, log_p.exp(), torch.zeros_like(log_p)).sum(dim=1)
    return torch.where(k_min == k_max, torch.zeros_like(p), torch.exp(-2 * p))


def ktae_vectorized(R, Y, M, index, alpha=1.0, beta=1.0, gamma=1.0, top=1.0, epsilon=1e-6,
                    zero_token_id=151643, bm25_k1=2.0, bm25_b=0.5):
    B, T = Y.shape
    s = R.sum(dim=1, dtype=torch.float64)
    g = group_ids(index)
    G = int(g.max()) + 1
    mean, std, cnt = group_mean_std(s, g, G)
    a_row = ((s - mean[g]) / (std[g] + epsilon)).to(torch.float32)
    out = a_row[:, None] * M  # GRPO part; key-token values are added below

    correct = s > 0
    n_correct = torch.bincount(g, weights=correct.to(torch.float64), minlength=G)
    n_wrong = cnt - n_correct
    keyed = (cnt > 1) & (n_correct > 0) & (n_wrong > 0)

    # valid tokens of groups that get a key term, in row-major order
    take = (M != 0) & keyed[g][:, None]
    pos = take.view(-1).nonzero().squeeze(1)
    if pos.numel() == 0:
        return out, out.clone()
    r = torch.div(pos, T, rounding_mode="floor")
    y = Y.view(-1)[pos].to(torch.int64)
    if int(y.min()) < 0:
        raise ValueError("negative token id at a valid position; key ids must be >= 0")
    V = int(y.max()) + 1
    gr = g[r]
    key = gr * V + y
    if G * V < 2**31:
        key = key.to(torch.int32)  # sorts faster
    keys, inv = unique_inverse(key)  # one entry per (group, id)
    keys = keys.to(torch.int64)
    K = keys.numel()
    key_group = torch.div(keys, V, rounding_mode="floor")
    key_id = keys - key_group * V

    # occurrence counts per key and class; valid-token totals per group and class
    cls = correct[r]
    count_c = torch.bincount(inv[cls], minlength=K).to(torch.float64)
    count_w = torch.bincount(inv[~cls], minlength=K).to(torch.float64)
    tok_c = torch.bincount(gr[cls], minlength=G).to(torch.float64)
    tok_w = torch.bincount(gr[~cls], minlength=G).to(torch.float64)

    # presence: distinct rollouts per key and class, via a [K, rollouts-in-group] boolean matrix
    order = torch.argsort(g, stable=True)
    starts = torch.cumsum(torch.bincount(g, minlength=G), 0) - torch.bincount(g, minlength=G)
    rank = torch.empty(B, dtype=torch.int64)
    rank[order] = torch.arange(B) - starts[g[order]]
    width = int(cnt.max())
    present = torch.zeros(K, width, dtype=torch.bool)
    present[inv, rank[r]] = True
    row_correct = torch.zeros(G, width, dtype=torch.bool)
    row_correct[g, rank] = correct
    pres_c = (present & row_correct[key_group]).sum(dim=1).to(torch.float64)
    pres_w = present.sum(dim=1).to(torch.float64) - pres_c

    a, b = pres_c, pres_w
    c, d = n_correct[key_group] - a, n_wrong[key_group] - b

    # Fisher and IG depend only on the table: evaluate them once per distinct table
    base = int(cnt.max()) + 1
    code = ((a * base + b) * base + c) * base + d
    tables, t_inv = unique_inverse(code.to(torch.int64))
    td = tables % base
    tc = torch.div(tables, base, rounding_mode="floor") % base
    tb = torch.div(tables, base * base, rounding_mode="floor") % base
    ta = torch.div(tables, base ** 3, rounding_mode="floor")
    ta, tb, tc, td = (x.to(torch.float64) for x in (ta, tb, tc, td))
    weight = torch.zeros_like(ta)
    if alpha:
        weight = weight + alpha * fisher_transform(ta, tb, tc, td)
    if beta:
        weight = weight + beta * information_gain(ta, tb, tc, td)
    weight = weight[t_inv]

    x = torch.asin(torch.sqrt((a / (a + c + 1e-10)).clamp(0, 1))) - torch.asin(torch.sqrt((b / (b + d + 1e-10)).clamp(0, 1)))
    if gamma:
        n_c, n_w = tok_c[key_group], tok_w[key_group]
        avg = (n_c + n_w) / 2
        k_c = bm25_k1 * (1 - bm25_b + bm25_b * n_c / avg)
        k_w = bm25_k1 * (1 - bm25_b + bm25_b * n_w / avg)
        f_c = torch.where(n_c > 0, count_c / n_c.clamp(min=1), torch.zeros_like(count_c))
        f_w = torch.where(n_w > 0, count_w / n_w.clamp(min=1), torch.zeros_like(count_w))
        tf_c = f_c * (bm25_k1 + 1) / (f_c + k_c)
        tf_w = f_w * (bm25_k1 + 1) / (f_w + k_w)
        x = x + tf_c / (tf_w + 1e-5) - tf_w / (tf_c + 1e-5)
    v = weight * x / (alpha + beta)
    key_value = (torch.sigmoid(v) - 0.5) * 2 * top
    key_value = torch.where(key_id == zero_token_id, torch.zeros_like(key_value), key_value)

    out.view(-1).index_add_(0, pos, key_value.to(torch.float32)[inv])
    return out, out.clone()


# ---------------------------------------------------------------- timing


# ---------------------------------------------------------------- entropy shaping and prefix trees


def top_entropy_grpo_vectorized(R, M, H, index, top_entropy_quantile=0.2, epsilon=1e-6, norm_adv_by_std_in_grpo=True):
    """The 80/20 rule as TRL's get_high_entropy_mask on verl's GRPO advantage: tokens whose entropy is >=
    torch.quantile of all valid entropies at 1 - rho keep their advantage."""
    a = grpo_vectorized(R, M, index, epsilon, norm_adv_by_std_in_grpo)[0]
    valid = M.bool()
    flat = H[valid].float()
    if flat.numel() == 0:
        keep = torch.zeros_like(valid)
    else:
        keep = ((H * M) >= torch.quantile(flat, 1 - top_entropy_quantile)) & valid
    adv = a * keep
    return adv, adv


def entropy_advantage_vectorized(R, M, H, index, alpha=0.4, kappa=2.0, epsilon=1e-6, norm_adv_by_std_in_grpo=True):
    """arXiv 2506.14758: GRPO's advantage plus min(alpha * entropy, |A| / kappa) on every token."""
    a = grpo_vectorized(R, M, index, epsilon, norm_adv_by_std_in_grpo)[0]
    adv = (a + torch.minimum(alpha * H, a.abs() / kappa)) * M
    return adv, adv


def masked_whiten(x, m):
    """verl's masked_whiten over the tokens where m is 1 (mean 0 without one, variance 0 with one)."""
    n = m.sum()
    mu = (x * m).sum() / n if n > 0 else 0.0
    var = (((x - mu) * m) ** 2).sum() / (n - 1) if n > 1 else 0.0
    return (x - mu) * torch.rsqrt(torch.as_tensor(var + 1e-8)) * m


def gtpo_vectorized(R, M, H, index, alpha1=1.0, alpha2=0.1, epsilon=1e-6):
    """GTPO (arXiv 2508.04349, the authors' verl code): entropy shares per (group, position), whitened per class."""
    g = group_ids(index)
    G, T = int(g.max()) + 1, M.shape[1]
    s = R.sum(dim=1)
    correct = (s > 0)[:, None] & (M > 0)
    wrong = (s <= 0)[:, None] & (M > 0)
    cf, wf = correct.float(), wrong.float()
    w = torch.where(correct, H, 1.0 / (H + epsilon))

    def at_t(v):  # the group's sum at each position, on each of its rows
        return torch.zeros(G, T, dtype=v.dtype).index_add_(0, g, v)[g]

    mass = torch.where(correct, at_t(w * cf), at_t(w * wf))
    n = torch.where(correct, at_t(cf), at_t(wf))
    sign = torch.where(correct, 1.0, -1.0)
    r = sign * (alpha1 + alpha2 * w / (mass + epsilon) * n) * (cf + wf)
    r = r * (torch.bincount(g, minlength=G)[g] > 1)[:, None]
    adv = masked_whiten(r, cf) + masked_whiten(r, wf)
    return adv, adv


def grpo_s_vectorized(R, M, H, index, beta1=1.0, beta2=0.1, epsilon=1e-6):
    """GRPO-S (arXiv 2508.04349): the same shaping per rollout from its mean entropy, normalised per group."""
    g = group_ids(index)
    G = int(g.max()) + 1
    s = R.sum(dim=1)
    L = M.sum(dim=1, dtype=torch.float64)
    h = torch.where(L > 0, (H * M).sum(dim=1, dtype=torch.float64) / L.clamp(min=1), torch.zeros_like(L))
    correct = s > 0
    cf = correct.double()
    w = torch.where(L > 0, torch.where(correct, h, 1.0 / (h + epsilon)), torch.zeros_like(h))

    def in_group(v):
        return torch.zeros(G, dtype=v.dtype).index_add_(0, g, v)[g]

    mass = torch.where(correct, in_group(w * cf), in_group(w * (1 - cf)))
    size = torch.where(correct, in_group(cf), in_group(1 - cf))
    share = torch.where(mass > 0, w / mass * size, torch.ones_like(w))
    r = torch.where(correct, 1.0, -1.0).double() * (beta1 + beta2 * share)
    mean, std, cnt = group_mean_std(r, g, G)
    centered = r - mean[g]
    a = torch.where((cnt[g] > 1) & (centered != 0), centered / (std[g] + epsilon), torch.zeros_like(r))
    adv = a.to(torch.float32)[:, None] * M
    return adv, adv


def treerl_vectorized(R, Y, M, index, reweight=True, grpo_weight=0.0, epsilon=1e-6):
    """TreeRL-style (arXiv 2506.11902): rows i and j share the node of (i, t) when their tokens agree up to t;
    V(node) = mean score of the rows through it; ((V - V(root)) + (V - V(parent))) / sqrt(rows through it)."""
    B, T = M.shape
    g = group_ids(index)
    G = int(g.max()) + 1
    cnt = torch.bincount(g, minlength=G)
    order = torch.argsort(g, stable=True)
    start = torch.cumsum(cnt, 0) - cnt
    slot = torch.arange(B) - start[g[order]]
    members = torch.full((G, int(cnt.max())), -1, dtype=torch.int64)
    members[g[order], slot] = order
    present = members >= 0
    rows = members.clamp(min=0)
    s = R.sum(dim=1, dtype=torch.float64)
    Mg = M[rows] * present[..., None]
    sg = torch.where(present, s[rows], torch.zeros(()))
    # shared[g, i, j, t]: rows i and j of group g agree on tokens 0..t
    Yg = Y[rows]
    shared = torch.cummin((Yg[:, :, None, :] == Yg[:, None, :, :]).to(torch.int8), dim=-1).values
    through_j = shared * Mg[:, None, :, :]
    through = through_j.sum(dim=2, dtype=torch.float64)
    v = (through_j * sg[:, None, :, None]).sum(dim=2) / through.clamp(min=1)
    root = (sg.sum(dim=1) / cnt)[:, None, None]
    parent = torch.cat([root.expand(-1, v.shape[1], 1), v[..., :-1]], dim=-1)
    parent = torch.where(torch.cat([torch.zeros_like(Mg[..., :1]), Mg[..., :-1]], dim=-1) > 0, parent, root)
    tree = (v - root) + (v - parent)
    a = tree / through.clamp(min=1).sqrt() if reweight else tree
    adv = torch.zeros(B, T, dtype=torch.float64)
    adv[members[present]] = a[present]
    if grpo_weight:
        adv = adv + grpo_weight * grpo_vectorized(R, M, index, epsilon)[0].double()
    adv = adv.to(torch.float32) * M
    return adv, adv


# ---------------------------------------------------------------- pass@k, optimal token baseline, GDPO


def grpo_passk_vectorized(R, M, index, epsilon=1e-6, norm_adv_by_std_in_grpo=True):
    """verl's GRPO pass@k with scatter reductions: only a group's unique best rollout gets (r_max - r_second),
    over the group's unbiased std unless norm_adv_by_std_in_grpo is false. A shared maximum (margin 0) or a
    group of one (verl raises) gives 0."""
    s = R.sum(dim=1, dtype=torch.float64)
    g = group_ids(index)
    G = int(g.max()) + 1
    _, std, cnt = group_mean_std(s, g, G)
    top = torch.full((G,), -math.inf, dtype=torch.float64).scatter_reduce(0, g, s, "amax")
    is_top = s == top[g]
    ties = torch.zeros(G, dtype=torch.float64).index_add_(0, g, is_top.double())
    rest = torch.where(is_top, torch.full_like(s, -math.inf), s)
    second = torch.full((G,), -math.inf, dtype=torch.float64).scatter_reduce(0, g, rest, "amax")
    second = torch.where(ties > 1, top, second)
    margin = top - second
    a = margin / (std + epsilon) if norm_adv_by_std_in_grpo else margin
    winner = is_top & (ties[g] == 1) & (cnt[g] > 1)
    adv = torch.where(winner, a[g], torch.zeros_like(s)).to(torch.float32)[:, None] * M
    return adv, adv


def grpo_passk_verl_loop(R, M, index, epsilon=1e-6, norm_adv_by_std_in_grpo=True):
    """verl's compute_grpo_passk_outcome_advantage as it runs: scores and row numbers gathered per uid in a
    Python loop over rows, then per group torch.stack, torch.topk(., 2) and torch.std, the winner's row
    written alone. verl raises on a group of one; here it gets 0, as advc gives it."""
    index = index.numpy()
    scores = R.sum(dim=-1)
    adv_of_row = torch.zeros_like(scores)
    scores_of, rows_of = defaultdict(list), defaultdict(list)
    with torch.no_grad():
        for i in range(scores.shape[0]):
            scores_of[index[i]].append(scores[i])
            rows_of[index[i]].append(i)
        for uid, group in scores_of.items():
            if len(group) < 2:
                continue
            stacked = torch.stack(group)
            best, at = torch.topk(stacked, 2)
            margin = best[0] - best[1]
            if norm_adv_by_std_in_grpo:
                margin = margin / (torch.std(stacked) + epsilon)
            adv_of_row[rows_of[uid][at[0].item()]] = margin
    adv = adv_of_row.unsqueeze(-1) * M
    return adv, adv


def _otb_returns_and_energy(R, M, old_log_probs, sum_pi_squared, rollout_is_weights):
    """Reward-to-go G_t and the realized energy W_t = cumsum of (1 - 2 pi_t + sum pi^2) * rho^2 over valid tokens."""
    returns = (R * M).flip(dims=[-1]).cumsum(dim=-1).flip(dims=[-1])
    w = 1 - 2 * torch.exp(old_log_probs) + sum_pi_squared
    if rollout_is_weights is not None:
        w = w * rollout_is_weights**2
    return returns, (w * M).cumsum(dim=-1)


def optimal_token_baseline_vectorized(R, M, index, old_log_probs, sum_pi_squared, rollout_is_weights=None,
                                      handle_zero_tail=True, epsilon=1e-8):
    """verl's optimal token baseline with index_add over (group, position): B_t = sum(G_t W_t) / (sum W_t + eps)
    over the group's valid tokens at t; a group of one has none; handle_zero_tail zeroes the baseline of a
    group's unique longest rollout from the second longest's length on."""
    T = M.shape[1]
    returns, W = _otb_returns_and_energy(R, M, old_log_probs, sum_pi_squared, rollout_is_weights)
    g = group_ids(index)
    G = int(g.max()) + 1
    cnt = torch.bincount(g, minlength=G)
    WM = W * M
    num = torch.zeros(G, T).index_add_(0, g, returns * WM)
    den = torch.zeros(G, T).index_add_(0, g, WM) + epsilon
    baseline = (num / den)[g] * (cnt[g] > 1)[:, None]
    if handle_zero_tail:
        L = M.sum(dim=1)
        longest = torch.zeros(G).scatter_reduce(0, g, L, "amax", include_self=False)
        is_longest = L == longest[g]
        n_longest = torch.bincount(g, weights=is_longest.double(), minlength=G)
        second = torch.zeros(G).scatter_reduce(0, g, torch.where(is_longest, torch.zeros_like(L), L), "amax", include_self=False)
        unique = is_longest & (n_longest[g] == 1) & (cnt[g] > 1)
        tail = unique[:, None] & (torch.arange(T)[None, :] >= second[g][:, None])
        baseline = torch.where(tail, torch.zeros_like(baseline), baseline)
    return (returns - baseline) * M, returns


def optimal_token_baseline_verl_loop(R, M, index, old_log_probs, sum_pi_squared, rollout_is_weights=None,
                                     handle_zero_tail=True, epsilon=1e-8):
    """verl's compute_optimal_token_baseline_advantage as it runs: rows listed per uid in a Python loop, then per
    group a gather of its rows, sums over them at each position, a scatter of the baseline back to the rows, and
    handle_zero_tail from the sorted lengths."""
    index = index.numpy()
    with torch.no_grad():
        returns, W = _otb_returns_and_energy(R, M, old_log_probs, sum_pi_squared, rollout_is_weights)
        rows_of = defaultdict(list)
        for i in range(R.shape[0]):
            rows_of[index[i]].append(i)
        baselines = torch.zeros_like(returns)
        for rows in rows_of.values():
            if len(rows) == 1:
                continue
            at = torch.tensor(rows)
            G_g, W_g, M_g = returns[at], W[at], M[at]
            per_t = (G_g * W_g * M_g).sum(dim=0) / ((W_g * M_g).sum(dim=0) + epsilon)
            baselines[at] = per_t.unsqueeze(0).expand(len(rows), -1)
            if handle_zero_tail:
                lengths = M_g.sum(dim=-1)
                ordered, _ = torch.sort(lengths)
                longest, second = int(ordered[-1].item()), int(ordered[-2].item())
                holders = (lengths == longest).nonzero(as_tuple=True)[0]
                if holders.numel() == 1 and longest > second:
                    baselines[rows[int(holders[0])], second:] = 0.0
        advantages = (returns - baselines) * M
    return advantages, returns


def gdpo_vectorized(components, M, index, weights, epsilon=1e-6, norm_adv_by_std_in_grpo=True):
    """verl's GDPO on per-rollout reward components: each one's GRPO advantage in its group (a group of one:
    mean 0, std 1), summed with its weight, then verl's masked_whiten over the valid tokens."""
    g = group_ids(index)
    G = int(g.max()) + 1
    total = torch.zeros(M.shape[0], dtype=torch.float64)
    for r, w in zip(components, weights):
        r = r.to(torch.float64)
        mean, std, _ = group_mean_std(r, g, G)
        total += w * ((r - mean[g]) / (std[g] + epsilon) if norm_adv_by_std_in_grpo else r - mean[g])
    adv = masked_whiten(total.to(torch.float32)[:, None].expand_as(M), M)
    return adv, adv


def canon_vectorized(R, M, H, index, alpha=1.0, beta=0.0, mu=1.0, max_length=1.0, by_length=False):
    """CANON as stdlib/canon.adv computes it: each group split at its upper median (the (n // 2)-th smallest, by
    one sort of (group, metric)) of the rollouts' mean entropy over valid tokens (float32, as advc) or length;
    ties join the upper half; a score against the other half's mean (inter, mu = 1) or its own half's (intra),
    an empty half taking the group's mean, over max_length."""
    g = group_ids(index)
    G = int(g.max()) + 1
    s = R.sum(dim=1, dtype=torch.float64)
    n_valid = M.sum(dim=1)
    metric = n_valid if by_length else (H * M).sum(dim=1, dtype=torch.float64).float() / (n_valid + 1e-8)
    by_metric = torch.argsort(metric, stable=True)
    order = by_metric[torch.argsort(g[by_metric], stable=True)]
    size = torch.bincount(g, minlength=G)
    start = torch.cumsum(size, 0) - size
    upper = metric >= metric[order][start + size // 2][g]

    def in_group(v):
        return torch.zeros(G, dtype=torch.float64).index_add_(0, g, v)

    up = upper.double()
    n_up = in_group(up)
    n_lo = size.double() - n_up
    mean_all = in_group(s) / size.double()
    mean_up = torch.where(n_up > 0, in_group(s * up) / n_up.clamp(min=1), mean_all)[g]
    mean_lo = torch.where(n_lo > 0, in_group(s * (1 - up)) / n_lo.clamp(min=1), mean_all)[g]
    w, v = (alpha, 1.0) if by_length else (1.0, alpha)
    inter = torch.where(upper, w * s - v * mean_lo + beta, v * s - w * mean_up - beta)
    intra = s - torch.where(upper, mean_up, mean_lo)
    a = (mu * inter + (1 - mu) * intra) / max_length
    adv = a.to(torch.float32)[:, None] * M
    return adv, adv


def time_runs(fn, warmup, repeat, warmup_ms=0.0):
    # at least `warmup` calls and `warmup_ms` of them: the allocator settles by time, not by count
    start, done = time.perf_counter(), 0
    while done < warmup or (time.perf_counter() - start) * 1e3 < warmup_ms:
        fn()
        done += 1
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t0) * 1e3)
    return runs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("batch", help="safetensors batch: responses, response_mask, token_level_rewards [B,T], index [B]")
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--warmup-ms", type=float, default=0.0, help="warm-up time, at least (ms)")
    ap.add_argument("--only", default="torch_ktae_vectorized,torch_grpo_vectorized,verl_grpo_loop",
                    help="comma-separated baseline names")
    ap.add_argument("--threads", type=int, default=os.cpu_count(), help="torch threads (default: all cores)")
    ap.add_argument("--params", default="{}", help="JSON estimator parameters (advc's names)")
    ap.add_argument("--write-ktae", help="write KTAE advantages [B,T] F32 to this safetensors file")
    ap.add_argument("--write-grpo", help="write vectorized GRPO advantages to this safetensors file")
    ap.add_argument("--write-grpo-loop", help="write verl loop GRPO advantages to this safetensors file")
    ap.add_argument("--write-dir", help="write each baseline's advantages to DIR/<baseline>.safetensors")
    args = ap.parse_args(argv)

    torch.set_num_threads(args.threads)
    t = read_safetensors(args.batch)
    Y = t["responses"].to(torch.int32)
    M = t["response_mask"].to(torch.float32)
    R = t["token_level_rewards"].to(torch.float32)
    H = t["entropy"].to(torch.float32) if "entropy" in t else None
    ISW = t["rollout_is_weights"].to(torch.float32) if "rollout_is_weights" in t else None
    index = t["index"].to(torch.int64)
    B, T = Y.shape
    params = json.loads(args.params)
    ktae_keys = {"alpha", "beta", "gamma", "top", "epsilon", "zero_token_id", "bm25_k1", "bm25_b"}
    ktae_params = {k: v for k, v in params.items() if k in ktae_keys}
    grpo_params = {k: v for k, v in params.items() if k in {"epsilon", "norm_adv_by_std_in_grpo"}}

    def entropy_of(name):
        if H is None:
            sys.exit(f"{name} reads the batch's entropy, which {args.batch} lacks")
        return H

    def params_of(*names):
        return {k: v for k, v in params.items() if k in names}

    def field(name, estimator):
        if name not in t:
            sys.exit(f"{estimator} reads the batch's {name}, which {args.batch} lacks")
        return t[name].to(torch.float32)

    def gdpo():
        # components 2 and 3 are optional (absent: a constant, which adds nothing), as in stdlib/gdpo.adv
        names = [f"gdpo_reward_{k}" for k in range(4) if k < 2 or f"gdpo_reward_{k}" in t]
        return gdpo_vectorized([field(n, "gdpo") for n in names], M, index,
                               [float(params.get(f"weight_{n[-1]}", 1.0)) for n in names],
                               **params_of("epsilon", "norm_adv_by_std_in_grpo"))

    def otb(fn):
        return lambda: fn(R, M, index, field("old_log_probs", "optimal_token_baseline"),
                          field("sum_pi_squared", "optimal_token_baseline"), ISW,
                          **params_of("handle_zero_tail", "epsilon"))

    baselines = {
        "torch_ktae_vectorized": ("ktae", lambda: ktae_vectorized(R, Y, M, index, **ktae_params), args.write_ktae),
        "torch_grpo_vectorized": ("grpo", lambda: grpo_vectorized(R, M, index, **grpo_params), args.write_grpo),
        # the loop writes into its own score tensor, so it gets a fresh copy of R each call
        "verl_grpo_loop": ("grpo", lambda: grpo_verl_loop(R.clone(), M, index, **grpo_params), args.write_grpo_loop),
        "torch_entropy_advantage_vectorized": ("entropy_advantage", lambda: entropy_advantage_vectorized(
            R, M, entropy_of("entropy_advantage"), index, **params_of("alpha", "kappa", "epsilon", "norm_adv_by_std_in_grpo")), None),
        "torch_top_entropy_grpo_vectorized": ("top_entropy_grpo", lambda: top_entropy_grpo_vectorized(
            R, M, entropy_of("top_entropy_grpo"), index, **params_of("top_entropy_quantile", "epsilon", "norm_adv_by_std_in_grpo")), None),
        "torch_gtpo_vectorized": ("gtpo", lambda: gtpo_vectorized(
            R, M, entropy_of("gtpo"), index, **params_of("alpha1", "alpha2", "epsilon")), None),
        "torch_grpo_s_vectorized": ("grpo_s", lambda: grpo_s_vectorized(
            R, M, entropy_of("grpo_s"), index, **params_of("beta1", "beta2", "epsilon")), None),
        "torch_treerl_vectorized": ("treerl", lambda: treerl_vectorized(
            R, Y, M, index, **params_of("reweight", "grpo_weight", "epsilon")), None),
        "torch_grpo_passk_vectorized": ("grpo_passk", lambda: grpo_passk_vectorized(R, M, index, **grpo_params), None),
        "verl_grpo_passk_loop": ("grpo_passk", lambda: grpo_passk_verl_loop(R, M, index, **grpo_params), None),
        "torch_optimal_token_baseline_vectorized": ("optimal_token_baseline", otb(optimal_token_baseline_vectorized), None),
        "verl_optimal_token_baseline_loop": ("optimal_token_baseline", otb(optimal_token_baseline_verl_loop), None),
        "torch_gdpo_vectorized": ("gdpo", gdpo, None),
        "torch_canon_vectorized": ("canon", lambda: canon_vectorized(
            R, M, entropy_of("canon"), index, **params_of("alpha", "beta", "mu", "max_length", "by_length")), None),
    }
    for name in args.only.split(","):
        if name not in baselines:
            sys.exit(f"unknown baseline {name}; known: {', '.join(baselines)}")
        estimator, fn, write_to = baselines[name]
        runs = time_runs(fn, args.warmup, args.repeat, args.warmup_ms)
        if args.write_dir:
            write_to = os.path.join(args.write_dir, f"{name}.safetensors")
        if write_to:
            adv, ret = fn()
            outputs = {"advantages": adv.to(torch.float32)}
            if estimator == "optimal_token_baseline":  # its returns are the reward-to-go, not the advantages
                outputs["returns"] = ret.to(torch.float32)
            write_safetensors(write_to, outputs)
        print(json.dumps({
            "baseline": name,
            "estimator": estimator,
            "B": B,
            "T": T,
            "tokens": int(M.sum()),
            "threads": torch.get_num_threads(),
            "torch": torch.__version__,
            "omp_wait_policy": os.environ["OMP_WAIT_POLICY"],
            "warmup": args.warmup,
            "repeat": args.repeat,
            "wall_ms_median": statistics.median(runs) if runs else None,
            "runs_ms": [round(x, 3) for x in runs],
        }), flush=True)


if __name__ == "__main__":
    main()
