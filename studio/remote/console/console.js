// The 场控 console: an obs-websocket 5 client (JSON) in the producer's browser.
// Everything it does is a request the protocol already has: CallVendorRequest
// with vendor "shopcast" for the show's actions and GetShowState for what to
// show. Text from viewers (comments, names) only ever goes in as textContent.
'use strict';
(function () {
  const TEXT = {
    zh: {
      title: '场控台', offline: '未开播', live: '直播中', login: '连接直播间', password: '密码', connect: '连接',
      onAir: '正在讲解', next: '下一个', previous: '上一个', nextBtn: '下一个', soldOut: '售罄', flashSale: '秒杀',
      flashSaleStop: '结束秒杀', advance: '节奏推进', lineup: '商品', explain: '讲解', lottery: '抽奖',
      lotteryOpen: '开始/截止报名', lotteryDraw: '开奖', poll: '投票', pollOpen: '开始/结束投票', questions: '买家问题',
      pinnedNow: '已置顶', unpin: '取消置顶', pin: '置顶', answered: '已回答', review: '待审评论', approve: '通过',
      reject: '拒绝', note: '给主播的提示', send: '发送', notePlaceholder: '例如：讲优惠', noteShown: '主播屏幕上：',
      none: '—', entrants: '{n} 人报名', commitment: '承诺值', winners: '中奖', votes: '{n} 票', perMinute: '{n} 条/分钟',
      producer: '场控', viewer: '只读', badPassword: '密码不对', lockedOut: '连不上：直播软件未开启远程控制，或密码错误次数太多（请一分钟后再试）',
      closed: '连接已断开（{c}）', connecting: '连接中…', soldOutMark: '已售罄', interlude: '该抽奖/互动了',
      lotteryIdle: '未开始', lotteryOpenState: '报名中', lotteryClosed: '已截止', lotteryDrawing: '开奖中',
      lotteryDrawn: '已开奖', noQuestions: '暂无问题', noReview: '没有待审评论', done: '已执行', failed: '未执行：{e}',
      slotOf: '第 {i}/{n} 段', paused: '已暂停', sale: '秒杀中 {t}', stock: '库存 {n}',
      gmv: '成交 {g} · {n} 单 · 近1分钟 {m} 单', room: ' · 在线 {o} · GPM {p}', pitchSales: '本次讲解 {n} 单 · {u} 件 · {g}',
      tickerOn: '下单播报：开', tickerOff: '下单播报：关', tickerUnplaced: '（没有场景显示它）', stockOut: '{p}：实时订单已用完库存。标记售罄？', stockOutMark: '标记售罄', stockOutKeep: '继续卖'
    },
    en: {
      title: 'Producer console', offline: 'Off air', live: 'LIVE', login: 'Connect to the studio', password: 'Password',
      connect: 'Connect', onAir: 'On air', next: 'Next', previous: 'Previous', nextBtn: 'Next', soldOut: 'Sold out',
      flashSale: 'Flash sale', flashSaleStop: 'Stop sale', advance: 'Advance rhythm', lineup: 'Lineup', explain: 'Go live',
      lottery: 'Lottery', lotteryOpen: 'Open / close entries', lotteryDraw: 'Draw', poll: 'Poll', pollOpen: 'Open / close poll',
      questions: "Buyers' questions", pinnedNow: 'Pinned', unpin: 'Unpin', pin: 'Pin', answered: 'Answered',
      review: 'Held comments', approve: 'Approve', reject: 'Reject', note: 'Note to the host', send: 'Send',
      notePlaceholder: 'e.g. talk about the discount', noteShown: "On the host's screen: ", none: '—',
      entrants: '{n} entered', commitment: 'Commitment', winners: 'Winners', votes: '{n} votes', perMinute: '{n}/min',
      producer: 'Producer', viewer: 'Read only', badPassword: 'Wrong password', lockedOut: 'Cannot connect: the studio is not listening, or too many failed logins (wait a minute)',
      closed: 'Disconnected ({c})', connecting: 'Connecting…', soldOutMark: 'sold out', interlude: 'Lottery / game time',
      lotteryIdle: 'Not open', lotteryOpenState: 'Entries open', lotteryClosed: 'Entries closed', lotteryDrawing: 'Drawing',
      lotteryDrawn: 'Drawn', noQuestions: 'No questions yet', noReview: 'Nothing held', done: 'Done', failed: 'Not done: {e}',
      slotOf: 'Slot {i} of {n}', paused: 'Paused', sale: 'Sale {t}', stock: 'Stock {n}',
      gmv: 'Sales {g} · {n} orders · {m} in the last minute', room: ' · online {o} · GPM {p}', pitchSales: 'This pitch: {n} orders · {u} units · {g}',
      tickerOn: 'Orders ticker: on', tickerOff: 'Orders ticker: off', tickerUnplaced: ' (no scene shows it)', stockOut: '{p}: live orders used up its stock. Mark it sold out?', stockOutMark: 'Mark sold out', stockOutKeep: 'Keep selling'
    }
  };
  const $ = (id) => document.getElementById(id);
  let lang = localStorage.getItem('shopcast.lang') || (navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en');
  const t = (key, args) => {
    let s = (TEXT[lang] && TEXT[lang][key]) || TEXT.en[key] || key;
    for (const k in args || {}) s = s.replace('{' + k + '}', args[k]);
    return s;
  };

  // SHA-256 (FIPS 180-4): crypto.subtle exists only on secure origins, and a
  // console on a LAN address (http://192.168.x.y) is not one.
  const K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
    0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
    0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
    0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);
  function sha256(bytes) {
    const bitLength = bytes.length * 8;
    const padded = new Uint8Array(((bytes.length + 9 + 63) >> 6) << 6);
    padded.set(bytes);
    padded[bytes.length] = 0x80;
    const view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
    view.setUint32(padded.length - 4, bitLength >>> 0);
    const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
    const w = new Uint32Array(64);
    const rotr = (x, n) => (x >>> n) | (x << (32 - n));
    for (let off = 0; off < padded.length; off += 64) {
      for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
      for (let i = 16; i < 64; i++) {
        const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
        const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
      }
      let [a, b, c, d, e, f, g, k] = h;
      for (let i = 0; i < 64; i++) {
        const t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) >>> 0;
        const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
        k = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
      }
      h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += k;
    }
    const out = new Uint8Array(32);
    const outView = new DataView(out.buffer);
    h.forEach((v, i) => outView.setUint32(i * 4, v));
    return out;
  }
  const base64Sha = (text) => btoa(String.fromCharCode(...sha256(new TextEncoder().encode(text))));
  // obs-websocket 5: base64(sha256(base64(sha256(password + salt)) + challenge)).
  const authString = (password, salt, challenge) => base64Sha(base64Sha(password + salt) + challenge);

  let socket = null;
  let password = '';
  let nextId = 1;
  const pending = new Map();
  let state = null;
  let lastBytes = null;
  let refreshTimer = null;
  let refreshSoon = null;

  function request(requestType, requestData) {
    return new Promise((resolve) => {
      if (!socket || socket.readyState !== WebSocket.OPEN) return resolve({ ok: false, comment: 'not connected' });
      const requestId = String(nextId++);
      pending.set(requestId, resolve);
      socket.send(JSON.stringify({ op: 6, d: { requestType, requestId, requestData } }));
    });
  }
  const vendor = (type, data) => request('CallVendorRequest', { vendorName: 'shopcast', requestType: type, requestData: data || {} });

  function toast(text, bad) {
    const el = $('toast');
    el.textContent = text;
    el.className = bad ? 'toast bad' : 'toast';
    el.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { el.hidden = true; }, bad ? 5000 : 1500);
  }

  async function act(id, params) {
    const reply = await vendor(id, params);
    toast(reply.ok ? t('done') : t('failed', { e: reply.comment || '' }), !reply.ok);
    scheduleRefresh();
  }

  function connect() {
    $('loginError').textContent = t('connecting');
    socket = new WebSocket('ws://' + location.host + '/', 'obswebsocket.json');
    socket.onmessage = (e) => {
      let m;
      try { m = JSON.parse(e.data); } catch (err) { return; }
      if (m.op === 0) {
        const d = { rpcVersion: 1, eventSubscriptions: (1 << 2) | (1 << 6) | (1 << 9) };
        if (m.d.authentication) d.authentication = authString(password, m.d.authentication.salt, m.d.authentication.challenge);
        socket.send(JSON.stringify({ op: 1, d }));
      } else if (m.op === 2) {
        $('login').hidden = true;
        $('console').hidden = false;
        $('loginError').textContent = '';
        refresh();
        refreshTimer = setInterval(refresh, 1000);
      } else if (m.op === 5) {
        scheduleRefresh();
      } else if (m.op === 7) {
        const resolve = pending.get(m.d.requestId);
        pending.delete(m.d.requestId);
        if (resolve) {
          const s = m.d.requestStatus || {};
          const data = m.d.responseData || {};
          resolve({ ok: !!s.result, comment: s.comment, data: data.responseData !== undefined ? data.responseData : data });
        }
      }
    };
    socket.onclose = (e) => {
      clearInterval(refreshTimer);
      pending.forEach((resolve) => resolve({ ok: false, comment: 'closed' }));
      pending.clear();
      $('console').hidden = true;
      $('login').hidden = false;
      $('loginError').textContent = e.code === 4009 ? t('badPassword') : e.code === 1006 && !state ? t('lockedOut') : t('closed', { c: e.code });
      socket = null;
    };
  }

  function scheduleRefresh() {
    if (refreshSoon) return;
    refreshSoon = setTimeout(() => { refreshSoon = null; refresh(); }, 100);
  }

  async function refresh() {
    const reply = await vendor('GetShowState');
    if (!reply.ok) return;
    const now = performance.now();
    const s = reply.data;
    if (lastBytes && s.streaming && s.outputBytes >= lastBytes.bytes && now > lastBytes.at)
      $('kbps').textContent = Math.round(((s.outputBytes - lastBytes.bytes) * 8) / (now - lastBytes.at)) + ' kb/s';
    else if (!s.streaming) $('kbps').textContent = '';
    lastBytes = { bytes: s.outputBytes || 0, at: now };
    state = s;
    render(s);
    // For the test browser: how long the page took to show the show live.
    if (window.shopcastFirstStateMs === undefined) window.shopcastFirstStateMs = Math.round(now);
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function button(label, onClick, cls) {
    const b = el('button', 'small' + (cls ? ' ' + cls : ''), label);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }
  // A list is rebuilt only when what it shows changed: the state arrives every
  // second, and a button replaced under a finger loses the tap (pressed on the
  // old node, released on the new one).
  function rebuildIfChanged(container, shown, build) {
    const key = lang + JSON.stringify(shown);
    if (container.shopcastShown === key) return;
    container.shopcastShown = key;
    build();
  }
  const mmss = (ms) => {
    const neg = ms < 0;
    const s = Math.floor(Math.abs(ms) / 1000);
    return (neg ? '+' : '') + String(Math.floor(s / 60)).padStart(2, '0') + ':' + String(s % 60).padStart(2, '0');
  };
  // Money comes as whole fen: formatted without floating point.
  const yuan = (cents) => '¥' + Math.floor(cents / 100) + '.' + String(cents % 100).padStart(2, '0');
  const price = (p) => (p.currency === 'CNY' ? '¥' : p.currency + ' ') + p.livePrice;

  function render(s) {
    document.body.classList.toggle('viewer', s.role !== 'producer');
    $('role').textContent = t(s.role === 'producer' ? 'producer' : 'viewer');
    $('live').textContent = s.streaming ? t('live') : t('offline');
    $('live').className = 'pill ' + (s.streaming ? 'on' : 'off');
    $('rec').hidden = !s.recording;
    $('rec').className = 'pill ' + (s.recording ? 'on' : 'off');
    $('cpm').textContent = t('perMinute', { n: s.commentsPerMinute || 0 });
    const sales = s.sales || {};
    // The room's size only where a platform reports it (absent: unknown).
    $('gmv').textContent = t('gmv', { g: yuan(sales.gmvCents || 0), n: sales.orders || 0, m: sales.ordersLastMinute || 0 })
      + (sales.room ? t('room', { o: sales.room.online, p: yuan(sales.room.gpmCents) }) : '');
    $('gmv').dataset.cents = String(sales.gmvCents || 0);

    const p = s.onAir;
    $('onAirTitle').textContent = p ? p.title : t('none');
    $('onAirTitle').dataset.sku = p ? p.sku : '';
    let priceText = p ? price(p) + (p.soldOut ? ' · ' + t('soldOutMark') : '') + (p.stock !== undefined ? ' · ' + t('stock', { n: p.stock }) : '') : '';
    if (s.flashSale && s.flashSale.running) priceText += ' · ' + t('sale', { t: mmss(s.flashSale.remainingMs) });
    $('onAirPrice').textContent = priceText;
    const pitch = sales.onAir || {};
    $('onAirSales').textContent = p && pitch.sku === p.sku ? t('pitchSales', { n: pitch.orders || 0, u: pitch.units || 0, g: yuan(pitch.gmvCents || 0) }) : '';
    $('saleBtn').textContent = s.flashSale && s.flashSale.running ? t('flashSaleStop') : t('flashSale');
    const ticker = sales.ticker || {};
    // On, but no scene has the ticker's source: said on the button the producer looks at.
    $('tickerBtn').textContent = (ticker.on ? t('tickerOn') : t('tickerOff')) + (ticker.on && ticker.unplaced ? t('tickerUnplaced') : '');
    $('tickerBtn').dataset.on = ticker.on ? '1' : '0';
    // The studio asks before a product used up by live orders is marked sold out: the producer may answer.
    const out = sales.stockOut || [];
    $('stockOut').hidden = out.length === 0;
    $('stockOut').dataset.sku = out.length ? out[0] : '';
    if (out.length) {
      const item = (s.lineup || []).find((i) => i.sku === out[0]);
      $('stockOutText').textContent = t('stockOut', { p: item ? item.title : out[0] });
    }
    $('nextTitle').textContent = s.next ? s.next.title : t('none');

    const r = s.rhythm || {};
    const timer = $('slotTime');
    timer.textContent = r.started && !r.finished ? mmss(r.remainingMs) : '--:--';
    timer.className = 'timer ' + (r.level || '');
    const block = $('block');
    rebuildIfChanged(block, [r.productsPerBlock, r.productsInARow], () => {
      block.replaceChildren();
      for (let i = 0; i < (r.productsPerBlock || 0); i++) block.append(el('i', i < r.productsInARow ? 'done' : ''));
    });
    block.title = r.interludeDue ? t('interlude') : r.started ? t('slotOf', { i: r.slotIndex + 1, n: r.slotCount }) + (r.paused ? ' · ' + t('paused') : '') : '';

    const lineup = $('lineup');
    rebuildIfChanged(lineup, [p && p.sku, s.lineup], () => lineup.replaceChildren(...(s.lineup || []).map((item) => {
      const li = el('li', (p && p.sku === item.sku ? 'onair' : '') + (item.soldOut ? ' soldout' : ''));
      li.append(el('span', 'grow', item.title), el('span', 'meta', price(item)));
      const b = button(t('explain'), () => act('product.explain', { sku: item.sku }));
      b.dataset.act = 'product.explain';
      b.dataset.sku = item.sku;
      li.append(b);
      return li;
    })));

    const l = s.lottery || {};
    const stateKey = { idle: 'lotteryIdle', open: 'lotteryOpenState', closed: 'lotteryClosed', drawing: 'lotteryDrawing', drawn: 'lotteryDrawn' }[l.state];
    $('lotteryState').textContent = t(stateKey || 'lotteryIdle') + (l.state && l.state !== 'idle' ? ' · ' + t('entrants', { n: l.entrants }) : '');
    $('lotteryState').dataset.state = l.state || 'idle';
    $('lotteryState').dataset.entrants = l.entrants || 0;
    $('commitment').textContent = l.commitment ? t('commitment') + ': ' + l.commitment : '';
    rebuildIfChanged($('winners'), l.winners, () => $('winners').replaceChildren(...(l.winners || []).map((w) => el('li', '', w.userName + ' (' + w.platform + ')'))));

    const poll = s.poll || {};
    $('pollQuestion').textContent = poll.question || '';
    const most = Math.max(1, ...(poll.options || []).map((o) => o.votes));
    rebuildIfChanged($('pollOptions'), poll.options, () => $('pollOptions').replaceChildren(...(poll.options || []).map((o) => {
      const li = el('li');
      const label = el('span', 'grow', o.label);
      const bar = el('div', 'bar');
      bar.style.width = Math.round((o.votes * 100) / most) + '%';
      label.append(bar);
      li.append(label, el('span', 'meta', t('votes', { n: o.votes })));
      return li;
    })));

    const questions = $('questions');
    const groups = (s.questions && s.questions.groups) || [];
    const titles = new Map((s.lineup || []).map((i) => [i.sku, i.title]));
    rebuildIfChanged(questions, [groups, [...titles]], () => {
      questions.replaceChildren(...(groups.length ? [] : [el('div', 'meta', t('noQuestions'))]));
      for (const g of groups) {
        questions.append(el('div', 'group', g.sku ? titles.get(g.sku) || g.sku : t('none')));
        const list = el('ul', 'list');
        // The newest few a group: a phone screen, not an archive (the studio's dock has them all).
        for (const q of g.items.slice(-5)) {
          const li = el('li', 'row');
          li.append(el('span', 'grow', q.userName + ': ' + q.text));
          li.append(button(t('pin'), () => act('comment.pin', { comment: { platform: '', id: '', userName: q.userName, text: q.text } })));
          li.append(button(t('answered'), () => act('question.mark', { key: q.key, state: 'answered' })));
          list.append(li);
        }
        questions.append(list);
      }
    });
    $('pinned').hidden = !s.pinned;
    $('pinnedText').textContent = s.pinned ? s.pinned.userName + ': ' + s.pinned.text : '';

    const review = s.review || { count: 0, items: [] };
    $('reviewCount').textContent = review.count ? '(' + review.count + ')' : '';
    rebuildIfChanged($('review'), review.items, () => $('review').replaceChildren(...(review.items.length ? review.items.map((c) => {
      const li = el('li', 'row');
      li.append(el('span', 'grow', c.userName + ': ' + c.text), el('span', 'meta', c.reason));
      li.append(button(t('approve'), () => act('review.approve', { key: c.key })));
      li.append(button(t('reject'), () => act('review.reject', { key: c.key }), 'warn'));
      return li;
    }) : [el('li', 'meta', t('noReview'))])));

    $('noteNow').textContent = s.note ? t('noteShown') + s.note.text : '';
  }

  function translatePage() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-t]').forEach((e) => { e.textContent = t(e.dataset.t); });
    document.querySelectorAll('[data-tp]').forEach((e) => { e.placeholder = t(e.dataset.tp); });
    document.title = 'ShopCast · ' + t('title');
    $('lang').textContent = lang === 'zh' ? 'EN' : '中文';
    if (state) render(state);
  }

  $('lang').addEventListener('click', () => {
    lang = lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem('shopcast.lang', lang);
    translatePage();
  });
  $('loginForm').addEventListener('submit', (e) => {
    e.preventDefault();
    password = $('password').value;
    connect();
  });
  $('noteForm').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('noteText').value.trim();
    if (!text) return;
    act('host.note', { text }).then(() => { $('noteText').value = ''; });
  });
  document.querySelectorAll('button[data-act]').forEach((b) => b.addEventListener('click', () => act(b.dataset.act)));
  $('stockOutMark').addEventListener('click', () => act('product.soldOut', { sku: $('stockOut').dataset.sku, soldOut: true }));
  $('stockOutKeep').addEventListener('click', () => act('product.keepSelling', { sku: $('stockOut').dataset.sku }));

  translatePage();
  // The studio's QR code carries the password in the fragment (never sent
  // to any server); take it and clear it from the address bar.
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (fragment.get('p')) {
    $('password').value = fragment.get('p');
    history.replaceState(null, '', location.pathname);
    password = $('password').value;
    connect();
  }
})();
