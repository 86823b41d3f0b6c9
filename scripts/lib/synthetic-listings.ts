// Deterministic synthetic arXiv /new pages in the 2024+ markup, for benchmarks at archive scale.

const WORDS =
  'model learning network distributed parallel graph quantum optimal gradient inference memory cache latency throughput scheduling consensus protocol federated privacy secure robust sparse tensor kernel compiler runtime storage cluster cloud edge serving training benchmark analysis theory bound algorithm convex stochastic dynamic adaptive efficient scalable'.split(
    ' ',
  );
const FIRST_NAMES = 'Ada Alan Grace Edsger Barbara Leslie Donald Frances Tim Radia Shafi Silvio Whitfield Judea Yoshua Geoffrey Yann Fei-Fei Andrew Daphne'.split(' ');
const LAST_NAMES = 'Lovelace Turing Hopper Dijkstra Liskov Lamport Knuth Allen Berners-Lee Perlman Goldwasser Micali Diffie Pearl Bengio Hinton LeCun Li Ng Koller Müller Schrödinger Erdős'.split(' ');
const SUBJECTS = [
  'Distributed, Parallel, and Cluster Computing (cs.DC)',
  'Machine Learning (cs.LG)',
  'Artificial Intelligence (cs.AI)',
  'Computation and Language (cs.CL)',
  'Robotics (cs.RO)',
  'Data Structures and Algorithms (cs.DS)',
];

/** A small, fast, seeded PRNG (mulberry32): the same corpus on every run. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function words(random: () => number, count: number): string {
  return Array.from({ length: count }, () => pick(random, WORDS)).join(' ');
}

function entryHtml(random: () => number, item: number, id: string, section: 'new' | 'cross' | 'replacement'): string {
  const authors = Array.from({ length: 1 + Math.floor(random() * 8) }, () => `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`);
  const subjects = [SUBJECTS[0]!, ...(random() < 0.5 ? [pick(random, SUBJECTS.slice(1))] : [])];
  const marker = section === 'cross' ? '\n          (cross-list from cs.LG)\n' : section === 'replacement' ? '\n          (replaced)\n' : '';
  return `    <dt>
      <a name='item${item}'>[${item}]</a>
      <a href ="/abs/${id}" title="Abstract" id="${id}">
        arXiv:${id}
      </a>${marker}
        [<a href="/pdf/${id}" title="Download PDF" id="pdf-${id}" aria-labelledby="pdf-${id}">pdf</a>, <a href="https://arxiv.org/html/${id}v1" title="View HTML" id="html-${id}" aria-labelledby="html-${id}" rel="noopener noreferrer">html</a>, <a href="/format/${id}" title="Other formats" id="oth-${id}" aria-labelledby="oth-${id}">other</a>]
    </dt>
    <dd>
      <div class='meta'>
        <div class='list-title mathjax'><span class='descriptor'>Title:</span>
          ${words(random, 8)} with $O(n^{${item % 3 + 1}})$ ${words(random, 3)}
        </div>
        <div class='list-authors'>${authors
          .map((a) => `<a href="https://arxiv.org/search/cs?searchtype=author&amp;query=${encodeURIComponent(a)}">${a}</a>`)
          .join(', ')}</div>
        <div class='list-comments mathjax'><span class='descriptor'>Comments:</span>
          ${1 + Math.floor(random() * 30)} pages, ${Math.floor(random() * 12)} figures
        </div>
        <div class='list-subjects'><span class='descriptor'>Subjects:</span>
          <span class="primary-subject">${subjects[0]}</span>${subjects.slice(1).map((s) => `; ${s}`).join('')}
        </div>
        <p class='mathjax'>
          ${words(random, 60)} $\\mathcal{O}(\\log n)$ ${words(random, 90)}
        </p>
      </div>
    </dd>
`;
}

/** The n-th synthetic paper's id: 90,000 per month from 2501 on, so ids never repeat across pages. */
export function getSyntheticId(n: number): string {
  const month = Math.floor(n / 90_000);
  const yymm = 2501 + Math.floor(month / 12) * 100 + (month % 12);
  return `${yymm}.${String((n % 90_000) + 1).padStart(5, '0')}`;
}

/** One /new page for `date` (YYYY-MM-DD) with `count` entries: the synthetic papers firstIndex, firstIndex+1, … */
export function generateNewPage(date: string, count: number, firstIndex: number, seed: number): string {
  const random = createRandom(seed);
  const sizes = { new: Math.ceil(count * 0.5), cross: Math.floor(count * 0.2), replacement: 0 };
  sizes.replacement = count - sizes.new - sizes.cross;
  const printedDate = new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
  }).replace(/^(\w+) /, '$1, ');
  let item = 1;
  let html = `<!DOCTYPE html>\n<html lang="en">\n<head><title>Distributed, Parallel, and Cluster Computing  </title></head>\n<body>\n<div id="dlpage">\n<h1>Distributed, Parallel, and Cluster Computing</h1>\n<h3>Showing new listings for ${printedDate}</h3>\n      <div class='paging'>Total of ${count} entries \n    </div>\n`;
  const labels = { new: 'New submissions', cross: 'Cross submissions', replacement: 'Replacement submissions' };
  for (const section of ['new', 'cross', 'replacement'] as const) {
    html += `      <dl id='articles'>\n    <h3>${labels[section]} (showing ${sizes[section]} of ${sizes[section]} entries)</h3>\n`;
    for (let i = 0; i < sizes[section]; i++) {
      const id = getSyntheticId(firstIndex + item - 1);
      html += entryHtml(random, item, id, section);
      item++;
    }
    html += '</dl>\n';
  }
  return `${html}<a href="/list/cs.DC/new?skip=0&amp;show=2000">all</a>\n</div>\n</body>\n</html>\n`;
}
