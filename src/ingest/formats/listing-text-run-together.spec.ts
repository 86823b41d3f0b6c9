// Tests for the run-together text copy parser: every entry of the seed copy, and small copies in its shape.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LISTINGS_DIR, SEED_RUN_TOGETHER, readFixture } from '../../__fixtures__/fixtures.ts';
import type { AnnouncementType } from '../listing.ts';
import { parseRunTogetherListingText } from './listing-text-run-together.ts';

const SEED = readFixture(SEED_RUN_TOGETHER);
const AUTHORS_COPY = readFixture(path.join(LISTINGS_DIR, 'text/run-together_cs.LG_authors.txt'));

/** The subjects printed in the seed, by code. */
const SUBJECTS: Record<string, string> = {
  'cs.AI': 'Artificial Intelligence (cs.AI)',
  'cs.CR': 'Cryptography and Security (cs.CR)',
  'cs.DC': 'Distributed, Parallel, and Cluster Computing (cs.DC)',
  'cs.DS': 'Data Structures and Algorithms (cs.DS)',
  'cs.LG': 'Machine Learning (cs.LG)',
  'cs.NE': 'Neural and Evolutionary Computing (cs.NE)',
  'cs.NI': 'Networking and Internet Architecture (cs.NI)',
  'cs.OS': 'Operating Systems (cs.OS)',
  'cs.PF': 'Performance (cs.PF)',
  'cs.PL': 'Programming Languages (cs.PL)',
  'cs.SE': 'Software Engineering (cs.SE)',
  'eess.SY': 'Systems and Control (eess.SY)',
  'math.NA': 'Numerical Analysis (math.NA)',
  'physics.comp-ph': 'Computational Physics (physics.comp-ph)',
  'physics.flu-dyn': 'Fluid Dynamics (physics.flu-dyn)',
};

interface SeedRow {
  n: number;
  line: number;
  id: string;
  type: AnnouncementType;
  title: string;
  authors?: string[];
  comments?: string;
  journalRef?: string;
  subjects: string[];
  /** Lines of the abstract in the copy. */
  paragraphs: number;
}

/** Every entry of seed 001, read off the copy by hand. */
// prettier-ignore
const SEED_ROWS: SeedRow[] = [
  { n: 1, line: 4, id: '2509.16407', type: 'new', title: 'WarpSpeed: A High-Performance Library for Concurrent GPU Hash Tables', subjects: ['cs.DC', 'cs.DS'], paragraphs: 3 },
  { n: 2, line: 9, id: '2509.16495', type: 'new', title: 'Shift Parallelism: Low-Latency, High-Throughput LLM Inference for Dynamic Workloads', subjects: ['cs.DC'], paragraphs: 4 },
  { n: 3, line: 15, id: '2509.16504', type: 'new', title: 'sat-QFL: Secure Quantum Federated Learning for Low Orbit Satellites', subjects: ['cs.DC'], paragraphs: 1 },
  { n: 4, line: 19, id: '2509.16505', type: 'new', title: 'orb-QFL: Orbital Quantum Federated Learning', subjects: ['cs.DC', 'cs.LG'], paragraphs: 1 },
  { n: 5, line: 23, id: '2509.16513', type: 'new', title: 'Trace Replay Simulation of MIT SuperCloud for Studying Optimal Sustainability Policies', comments: '2 pages, 2 figures', subjects: ['cs.DC'], paragraphs: 1 },
  { n: 6, line: 27, id: '2509.16857', type: 'new', title: 'ShadowServe: Interference-Free KV Cache Fetching for Distributed Prefix Caching', authors: ['Xingyu Xiang', 'Raj Joshi', 'Yuhan Liu', 'Jiayi Yao', 'Chenxingyu Zhao', 'Junchen Jiang', 'Yang Zhou', 'Eddie Kohler', 'Minlan Yu'], subjects: ['cs.DC', 'cs.AI', 'cs.LG'], paragraphs: 2 },
  { n: 7, line: 31, id: '2509.16995', type: 'new', title: 'MoA-Off: Adaptive Heterogeneous Modality-Aware Offloading with Edge-Cloud Collaboration for Efficient Multimodal LLM Inference', comments: '5 pages, 4 figures', subjects: ['cs.DC'], paragraphs: 1 },
  { n: 8, line: 35, id: '2509.17351', type: 'new', title: 'Institutional Research Computing Capabilities in Australia: 2024', authors: ['Slava Kitaeff', 'Luc Betbeder-Matibet', 'Jake Carroll', 'Stephen Giugni', 'David Abramson', 'John Zaitseff', 'Sarah Walters', 'David Powell', 'Chris Bording', 'Trung Nguyen', 'Angus Macoustra', 'Fabien Voisin', 'Bowen Chen', 'Jarrod Hurley'], comments: '9 pages in IEEE Proceedings format, International Conference on eScience 2025, Accepted', subjects: ['cs.DC'], paragraphs: 1 },
  { n: 9, line: 39, id: '2509.17357', type: 'new', title: 'Cronus: Efficient LLM inference on Heterogeneous GPU Clusters via Partially Disaggregated Prefill', subjects: ['cs.DC'], paragraphs: 1 },
  { n: 10, line: 43, id: '2509.17360', type: 'new', title: 'Asteria: Semantic-Aware Cross-Region Caching for Agentic LLM Tool Access', subjects: ['cs.DC'], paragraphs: 2 },
  { n: 11, line: 47, id: '2509.17388', type: 'new', title: 'Prefetching in Deep Memory Hierarchies with NVRAM as Main Memory', authors: ['Manel Lurbe', 'Miguel Avargues', 'Salvador Petit', 'Maria E. Gomez', 'Rui Yang', 'Guanhao Wang', 'Julio Sahuquillo'], subjects: ['cs.DC'], paragraphs: 3 },
  { n: 12, line: 52, id: '2509.17496', type: 'new', title: 'pBeeGees: A Prudent Approach to Certificate-Decoupled BFT Consensus', comments: 'Accepted by the 25th International Conference on Algorithms and Architectures for Parallel Processing (ICA3PP 2025)', subjects: ['cs.DC'], paragraphs: 1 },
  { n: 13, line: 56, id: '2509.17532', type: 'new', title: 'TACTFL: Temporal Contrastive Training for Multi-modal Federated Learning with Similarity-guided Model Aggregation', authors: ['Guanxiong Sun', 'Majid Mirmehdi', 'Zahraa Abdallah', 'Raul Santos-Rodriguez', 'Ian Craddock', 'Telmo de Menezes e Silva Filho'], subjects: ['cs.DC'], paragraphs: 1 },
  { n: 14, line: 60, id: '2509.17542', type: 'new', title: 'Disaggregated Prefill and Decoding Inference System for Large Language Model Serving on Multi-Vendor GPUs', subjects: ['cs.DC'], paragraphs: 1 },
  { n: 15, line: 64, id: '2509.17771', type: 'new', title: 'A Lightweight Approach for State Machine Replication', subjects: ['cs.DC'], paragraphs: 1 },
  { n: 16, line: 68, id: '2509.17863', type: 'new', title: 'Expert-as-a-Service: Towards Efficient, Scalable, and Robust Large-scale MoE Serving', authors: ['Ziming Liu', 'Boyu Tian', 'Guoteng Wang', 'Zhen Jiang', 'Peng Sun', 'Zhenhua Han', 'Tian Tang', 'Xiaohe Hu', 'Yanmin Jia', 'Yan Zhang', 'He Liu', 'Mingjun Zhang', 'Yiqi Zhang', 'Qiaoling Chen', 'Shenggan Cheng', 'Mingyu Gao', 'Yang You', 'Siyuan Feng'], subjects: ['cs.DC'], paragraphs: 1 },
  { n: 17, line: 72, id: '2509.17914', type: 'new', title: 'XaaS Containers: Performance-Portable Representation With Source and IR Containers', authors: ['Marcin Copik', 'Eiman Alnuaimi', 'Alok Kamatar', 'Valerie Hayot-Sasson', 'Alberto Madonna', 'Todd Gamblin', 'Kyle Chard', 'Ian Foster', 'Torsten Hoefler'], comments: 'Accepted at the International Conference for High Performance Computing, Networking, Storage and Analysis (SC\'25)', subjects: ['cs.DC'], paragraphs: 1 },
  { n: 18, line: 77, id: '2509.16215', type: 'cross', title: 'Discovering Software Parallelization Points Using Deep Neural Networks', comments: '17 pages, 10 figures', subjects: ['cs.LG', 'cs.AI', 'cs.DC', 'cs.NE', 'cs.PL', 'cs.SE'], paragraphs: 1 },
  { n: 19, line: 81, id: '2509.16293', type: 'cross', title: 'Robust LLM Training Infrastructure at ByteDance', authors: ['Borui Wan', 'Gaohong Liu', 'Zuquan Song', 'Jun Wang', 'Yun Zhang', 'Guangming Sheng', 'Shuguang Wang', 'Houmin Wei', 'Chenyuan Wang', 'Weiqiang Lou', 'Xi Yang', 'Mofan Zhang', 'Kaihua Jiang', 'Cheng Ren', 'Xiaoyun Zhi', 'Menghan Yu', 'Zhe Nan', 'Zhuolin Zheng', 'Baoquan Zhong', 'Qinlong Wang', 'Huan Yu', 'Jinxin Chi', 'Wang Zhang', 'Yuhan Li', 'Zixian Du', 'Sida Zhao', 'Yongqiang Zhang', 'Jingzhe Tang', 'Zherui Liu', 'Chuan Wu', 'Yanghua Peng', 'Haibin Lin', 'Wencong Xiao', 'Xin Liu', 'Liang Xiang'], subjects: ['cs.LG', 'cs.AI', 'cs.DC'], paragraphs: 1 },
  { n: 20, line: 85, id: '2509.16390', type: 'cross', title: 'B5GRoam: A Zero Trust Framework for Secure and Efficient On-Chain B5G Roaming', authors: ['Mohamed Abdessamed Rezazi', 'Mouhamed Amine Bouchiha', 'Ahmed Mounsf Rafik Bendada', 'Yacine Ghamri-Doudane'], comments: '6 pages, 2 figures, Accepted at GLOBECOM\'25', subjects: ['cs.CR', 'cs.DC', 'cs.NI'], paragraphs: 1 },
  { n: 21, line: 89, id: '2509.17695', type: 'cross', title: 'Cluster Workload Allocation: A Predictive Approach Leveraging Machine Learning Efficiency', comments: 'This is the accepted version of the paper published in IEEE Access. The final version is available at: this https URL', journalRef: 'IEEE Access (2024)', subjects: ['cs.LG', 'cs.AI', 'cs.DC', 'cs.SE'], paragraphs: 1 },
  { n: 22, line: 93, id: '2509.17725', type: 'cross', title: 'A Comparison of Low and high-Order Methods for the Simulation of Supersonic Jet Flows', subjects: ['physics.flu-dyn', 'cs.DC', 'physics.comp-ph'], paragraphs: 1 },
  { n: 23, line: 98, id: '2305.08460', type: 'replacement', title: 'Selective Population Protocols', comments: 'Full version of SSS 2024 paper', subjects: ['cs.DC', 'cs.DS'], paragraphs: 2 },
  { n: 24, line: 102, id: '2401.10834', type: 'replacement', title: 'Cppless: Single-Source and High-Performance Serverless Programming in C++', comments: 'Extended version of paper accepted at the ACM Transactions on Architecture and Code Optimization (TACO) journal', journalRef: 'ACM Transactions on Architecture and Code Optimization, Volume 22, Issue 3, Article No.: 110, Pages 1 - 27, 2025', subjects: ['cs.DC'], paragraphs: 1 },
  { n: 25, line: 106, id: '2501.05408', type: 'replacement', title: 'Tempo: Compiled Dynamic Deep Learning with Symbolic Dependence Graphs', comments: '17 pages, 24 figures, 3 bibliography pages', subjects: ['cs.DC', 'cs.AI', 'cs.LG'], paragraphs: 2 },
  { n: 26, line: 110, id: '2506.10356', type: 'replacement', title: 'Is Sparse Matrix Reordering Effective for Sparse Matrix-Vector Multiplication?', subjects: ['cs.DC', 'cs.PF'], paragraphs: 1 },
  { n: 27, line: 114, id: '2506.20673', type: 'replacement', title: 'ClusterRCA: An End-to-End Approach for Network Fault Localization and Classification for HPC System', authors: ['Yongqian Sun', 'Xijie Pan', 'Xiao Xiong', 'Lei Tao', 'Jiaju Wang', 'Shenglin Zhang', 'Yuan Yuan', 'Yuqi Li', 'Kunlin Jian'], subjects: ['cs.DC', 'cs.AI'], paragraphs: 1 },
  { n: 28, line: 118, id: '2507.04647', type: 'replacement', title: 'RAPTOR: Practical Numerical Profiling of Scientific Applications', authors: ['Faveo Hoerold', 'Ivan R. Ivanov', 'Akash Dhruv', 'William S. Moses', 'Anshu Dubey', 'Mohamed Wahib', 'Jens Domke'], comments: '12 pages, 8 figures, to be published in SC\'25', subjects: ['cs.DC', 'math.NA'], paragraphs: 2 },
  { n: 29, line: 122, id: '2507.10367', type: 'replacement', title: 'FalconFS: Distributed File System for Large-Scale Deep Learning Pipeline', authors: ['Jingwei Xu', 'Junbin Kang', 'Mingkai Dong', 'Mingyu Liu', 'Lu Zhang', 'Shaohong Guo', 'Ziyan Qiu', 'Mingzhen You', 'Ziyi Tian', 'Anqi Yu', 'Tianhong Ding', 'Xinwei Hu', 'Haibo Chen'], comments: 'Accepted by NSDI\'26', subjects: ['cs.DC', 'cs.PF'], paragraphs: 1 },
  { n: 30, line: 126, id: '2508.04284', type: 'replacement', title: 'Optimizing Microgrid Composition for Sustainable Data Centers', comments: 'Presented at SC25 Sustainable Supercomputing Workshop', subjects: ['cs.DC', 'eess.SY'], paragraphs: 2 },
  { n: 31, line: 130, id: '2508.06406', type: 'replacement', title: 'Blockchain-Enabled Federated Learning', comments: '32 pages, 6 figures, chapter for edited book (Federated Learning: Foundations and Applications)', subjects: ['cs.DC', 'cs.LG'], paragraphs: 1 },
  { n: 32, line: 134, id: '2508.21613', type: 'replacement', title: 'Odyssey: Adaptive Policy Selection for Resilient Distributed Training', authors: ['Yuhang Zhou', 'Zhibin Wang', 'Peng Jiang', 'Haoran Xia', 'Junhe Lu', 'Qianyu Jiang', 'Rong Gu', 'Hengxi Xu', 'Xinjing Huang', 'Guanghuan Fang', 'Zhiheng Hu', 'Jingyi Zhang', 'Yongjin Cai', 'Jian He', 'Chen Tian'], subjects: ['cs.DC'], paragraphs: 1 },
  { n: 33, line: 138, id: '2509.11697', type: 'replacement', title: 'Towards the Distributed Large-scale k-NN Graph Construction by Graph Merge', comments: '16 pages, 17 figures', subjects: ['cs.DC'], paragraphs: 1 },
  { n: 34, line: 142, id: '2509.13583', type: 'replacement', title: 'Modeling the Carbon Footprint of HPC: The Top 500 and EasyC', comments: '15 pages, 11 figures', journalRef: 'Workshops of the International Conference for High Performance Computing, Networking, Storage and Analysis (SC Workshops 2025)', subjects: ['cs.DC'], paragraphs: 4 },
  { n: 35, line: 148, id: '2409.03897', type: 'replacement', title: 'On the Convergence Rates of Federated Q-Learning across Heterogeneous Environments', subjects: ['cs.LG', 'cs.DC'], paragraphs: 1 },
  { n: 36, line: 152, id: '2409.15520', type: 'replacement', title: 'MobiZO: Enabling Efficient LLM Fine-Tuning at the Edge via Inference Engines', subjects: ['cs.LG', 'cs.DC'], paragraphs: 1 },
  { n: 37, line: 156, id: '2412.07435', type: 'replacement', title: 'Parallel Simulation for Log-concave Sampling and Score-based Diffusion Models', comments: 'Accepted to ICML2025 and this version corrects errors from the previous submission', subjects: ['cs.DS', 'cs.DC', 'cs.LG', 'math.NA'], paragraphs: 1 },
  { n: 38, line: 160, id: '2502.09303', type: 'replacement', title: 'Towards Seamless Hierarchical Federated Learning under Intermittent Client Participation: A Stagewise Decision-Making Methodology', authors: ['Minghong Wu', 'Minghui Liwang', 'Yuhan Su', 'Li Li', 'Seyyedali Hosseinalipour', 'Xianbin Wang', 'Huaiyu Dai', 'Zhenzhen Jiao'], comments: '23 pages, 10 figures,9 tables', subjects: ['cs.LG', 'cs.DC'], paragraphs: 1 },
  { n: 39, line: 164, id: '2502.17439', type: 'replacement', title: 'Large Language Models as Realistic Microservice Trace Generators', subjects: ['cs.SE', 'cs.AI', 'cs.DC', 'cs.OS'], paragraphs: 1 },
  { n: 40, line: 168, id: '2504.03173', type: 'replacement', title: 'PPFPL: Cross-silo Privacy-preserving Federated Prototype Learning Against Data Poisoning Attacks', authors: ['Hongliang Zhang', 'Jiguo Yu', 'Fenghua Xu', 'Chunqiang Hu', 'Yongzhao Zhang', 'Xiaofen Wang', 'Zhongyuan Yu', 'Xiaosong Zhang'], subjects: ['cs.CR', 'cs.DC'], paragraphs: 2 },
  { n: 41, line: 172, id: '2504.11651', type: 'replacement', title: '70% Size, 100% Accuracy: Lossless LLM Compression for Efficient GPU Inference via Dynamic-Length Float', authors: ['Tianyi Zhang', 'Mohsen Hariri', 'Shaochen Zhong', 'Vipin Chaudhary', 'Yang Sui', 'Xia Hu', 'Anshumali Shrivastava'], comments: 'Accepted in NeurIPS 2025', subjects: ['cs.LG', 'cs.DC'], paragraphs: 1 },
  { n: 42, line: 176, id: '2505.17236', type: 'replacement', title: 'LogStamping: A blockchain-based log auditing approach for large-scale systems', comments: '7 Figures, 2 tables', subjects: ['cs.CR', 'cs.DC'], paragraphs: 1 },
];

describe('parseRunTogetherListingText', () => {
  const listing = parseRunTogetherListingText(SEED);

  test('reads the seed as a cs.DC /new copy of Tuesday 23 September 2025 with nothing to report', () => {
    expect(listing.format).toBe('listing-text-run-together');
    expect(listing.kind).toBe('new');
    expect(listing.category).toBe('Distributed, Parallel, and Cluster Computing');
    expect(listing.date).toBe('2025-09-23');
    expect(listing.diagnostics).toEqual([]);
  });

  test('finds all 42 entries: 17 new, 5 cross-lists and 20 replacements, all of 23 September 2025', () => {
    expect(listing.entries).toHaveLength(42);
    const types = listing.entries.map((entry) => entry.type);
    expect(types.filter((type) => type === 'new')).toHaveLength(17);
    expect(types.filter((type) => type === 'cross')).toHaveLength(5);
    expect(types.filter((type) => type === 'replacement')).toHaveLength(20);
    expect(new Set(listing.entries.map((entry) => entry.date))).toEqual(new Set(['2025-09-23']));
  });

  test('records the section counts printed after their sections, with the entries of each type', () => {
    expect(listing.counts).toEqual([
      { line: 76, label: 'New submissions', type: 'new', shown: 17, total: 17, parsed: 17 },
      { line: 97, label: 'Cross submissions', type: 'cross', shown: 5, total: 5, parsed: 5 },
    ]);
  });

  test.each(SEED_ROWS)('reads entry $n ($id) field by field', (row) => {
    const entry = listing.entries[row.n - 1]!;
    expect(entry.line).toBe(row.line);
    expect(entry.id).toBe(row.id);
    expect(entry.type).toBe(row.type);
    expect(entry.title).toBe(row.title);
    expect(entry.authors).toEqual(row.authors);
    expect(entry.comments).toBe(row.comments);
    expect(entry.journalRef).toBe(row.journalRef);
    expect(entry.categories).toEqual(row.subjects.map((code) => SUBJECTS[code]));
    expect(entry.primaryKnown).toBe(true);
    expect(entry.abstract?.split('\n\n')).toHaveLength(row.paragraphs);
  });

  test('leaves authors absent, not empty, where the copy lost them', () => {
    const first = listing.entries[0]!;
    expect(first.title).toBe('WarpSpeed: A High-Performance Library for Concurrent GPU Hash Tables');
    expect('authors' in first).toBe(false);
  });

  test('cuts the next entry header off the end of the abstract it was glued to', () => {
    const first = listing.entries[0]!;
    expect(first.abstract!.startsWith('GPU hash tables are increasingly used to accelerate data processing,')).toBe(
      true,
    );
    expect(
      first.abstract!.endsWith(
        'offer practical guidance for developing efficient, scalable data structures on modern GPUs.',
      ),
    ).toBe(true);
    expect(first.abstract!.split('\n\n')[1]!.startsWith('This paper presents WarpSpeed, a library')).toBe(true);
    expect(listing.entries[1]!.line).toBe(9);
  });

  test('keeps TeX and the URL placeholder of the copy verbatim in abstracts', () => {
    expect(listing.entries[22]!.abstract!.endsWith('can be achieved in $O(\\log^4 n)$ time.')).toBe(true);
    expect(
      listing.entries[2]!.abstract!.endsWith('Our implementation and results are available at this https URL.'),
    ).toBe(true);
  });

  test('reads the same entries from a copy with lone CR line endings', () => {
    const crOnly = parseRunTogetherListingText(SEED.replace(/\n/g, '\r'));
    expect(crOnly.entries).toEqual(listing.entries);
    expect(crOnly.counts).toEqual(listing.counts);
  });

  describe('on a copy written in the seed shape', () => {
    const copy = parseRunTogetherListingText(AUTHORS_COPY);

    test('splits a title ending in a CamelCase word from the names glued to it', () => {
      expect(copy.entries[0]).toMatchObject({
        line: 4,
        id: '2603.02001',
        type: 'new',
        title: 'Fast Attention Kernels with FlashAttention',
        authors: ['Tri Dao', 'Daniel Y. Fu', 'Christopher Ré'],
        categories: ['Machine Learning (cs.LG)'],
        primaryKnown: true,
        abstract:
          'We present attention kernels that avoid materialising the attention matrix.\n\nThey are exact and run twice as fast.',
      });
    });

    test('keeps a lone name-like tail in the title and warns about it', () => {
      const entry = copy.entries[1]!;
      expect(entry.title).toBe('Scaling DeepSpeed Inference');
      expect('authors' in entry).toBe(false);
      expect(entry.comments).toBe('8 pages');
      expect(copy.diagnostics).toContainEqual({
        severity: 'warning',
        line: 10,
        message:
          'entry [2]: the title ends in "Speed Inference", which may be a single author\'s name run onto it; it was kept in the title with no authors',
      });
    });

    test('takes a lone author after a title that plainly ends in a number', () => {
      expect(copy.entries[2]).toMatchObject({
        title: 'Benchmarks for Federated Learning: 2026',
        authors: ['Jane Q. Doe'],
      });
    });

    test('reads particles, accents, affiliations and suffixes as parts of names', () => {
      expect(copy.entries[3]).toEqual({
        line: 17,
        id: '2603.01004',
        type: 'cross',
        date: '2026-03-04',
        title: 'Convolutional Networks Revisited',
        authors: [
          'Yann LeCun',
          'Léon Bottou',
          'Jan van der Berg',
          'Ana María Pérez-García (Universidad de Chile)',
          'Günter Klambauer Jr.',
        ],
        comments: 'Published version, DOI: 10.1000/xyz123',
        journalRef: 'J. Mach. Learn. Res. 27 (2026) 1-30',
        categories: ['Statistics Theory (math.ST)', 'Machine Learning (cs.LG)'],
        primaryKnown: true,
        abstract:
          'Convolutional networks are revisited with modern training recipes.\n\nAs cited in [3] arXiv:2301.00001 and elsewhere, they remain strong baselines.',
      });
    });

    test('does not split a title whose tail is a comma list that is not all names', () => {
      expect(copy.entries[4]!.title).toBe('A Survey of iPhone Apps, Games and Users');
      expect('authors' in copy.entries[4]!).toBe(false);
    });

    test('uses a printed Authors: prefix instead of guessing', () => {
      expect(copy.entries[5]).toMatchObject({ title: 'Robust Training at Scale', authors: ['Ann Lee', 'Bo Li'] });
    });

    test('reports an entry with no Title: at its header line', () => {
      expect(copy.entries[6]).toEqual({
        line: 29,
        id: '2602.00042',
        type: 'replacement',
        date: '2026-03-04',
        categories: ['Machine Learning (cs.LG)'],
        primaryKnown: true,
        abstract: 'This entry lost its title when it was copied.',
      });
      expect(copy.diagnostics).toEqual([
        expect.objectContaining({ severity: 'warning', line: 10 }),
        {
          severity: 'error',
          line: 29,
          message:
            'entry [7] (arXiv:2602.00042) has no "Title:" line; copy the listing page again, or add "Title: …" after the entry\'s header',
        },
      ]);
    });

    test('reads initials, hyphenated prefixes, CamelCase given names and collaborations after the first name', () => {
      expect(copy.entries[7]).toMatchObject({
        line: 33,
        title: 'Stellar Feedback in the LMC N11 B Region',
        authors: [
          'V.M.A. Gómez-González',
          'A.C. Sander',
          'A. ud-Doula',
          'Yuki M Asano',
          'YingJie Li',
          'Yvonne Y. Y.Wong',
          "Simone Dell'Agnello",
          'Jose van den IJssel',
          'for the LiteBIRD Collaboration',
        ],
        comments: '12 pages',
        abstract: 'We study feedback from massive stars.',
      });
    });

    test('keeps the whole text in the title when a name in the list cannot be read, rather than start at an initial', () => {
      expect(copy.entries[8]!.title).toBe('Spectral Lines of Massive StarsWei Zhang, Tao AN, A.C. Sander, B. Li');
      expect('authors' in copy.entries[8]!).toBe(false);
      expect(copy.entries[8]!.line).toBe(36);
    });

    test('counts each section by type wherever its heading stands', () => {
      expect(copy.counts).toEqual([
        { line: 16, label: 'New submissions', type: 'new', shown: 3, total: 3, parsed: 3 },
        { line: 21, label: 'Cross submissions', type: 'cross', shown: 1, total: 1, parsed: 1 },
        { line: 40, label: 'Replacement submissions', type: 'replacement', shown: 5, total: 6, parsed: 5 },
      ]);
      expect(copy.category).toBe('Machine Learning');
      expect(copy.date).toBe('2026-03-04');
    });
  });

  test('passes a malformed id on as printed, for the normalizer to refuse', () => {
    const damaged = parseRunTogetherListingText(
      'Showing new listings for Tuesday, 23 September 2025\n- [1] arXiv:2509.1640 [pdf, other]\n-\nTitle: A TitleSubjects: Performance (cs.PF)\nAn abstract.',
    );
    expect(damaged.entries).toEqual([
      {
        line: 2,
        id: '2509.1640',
        type: 'new',
        date: '2025-09-23',
        title: 'A Title',
        categories: ['Performance (cs.PF)'],
        primaryKnown: true,
        abstract: 'An abstract.',
      },
    ]);
    expect(damaged.diagnostics).toEqual([]);
  });

  test('says so when the text holds no entries', () => {
    expect(parseRunTogetherListingText('Distributed, Parallel, and Cluster Computing\nSee recent articles\n')).toEqual({
      format: 'listing-text-run-together',
      kind: 'new',
      category: 'Distributed, Parallel, and Cluster Computing',
      entries: [],
      counts: [],
      diagnostics: [{ severity: 'error', line: 1, message: 'no arXiv listing entries found in this text copy' }],
    });
  });

  test('stays fast on a long line full of glued capitals', () => {
    const started = performance.now();
    const result = parseRunTogetherListingText(
      `- [1] arXiv:2509.16407 [pdf]\n-\nTitle: ${'aB'.repeat(1_000_000)}, Ann LeeSubjects: Performance (cs.PF)`,
    );
    expect(result.entries).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(SEED.length), (noise, cut) => {
        const listing = parseRunTogetherListingText(SEED.slice(0, cut) + noise);
        expect(listing.format).toBe('listing-text-run-together');
        for (const diagnostic of listing.diagnostics) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});
