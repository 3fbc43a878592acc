// The support desk page: one conversation (a Copilot session) per browser, kept across reloads in localStorage.
'use strict';

const STORAGE_KEY = 'supportDesk.conversationId';

const elements = {
  messages: document.getElementById('messages'),
  status: document.getElementById('status'),
  composer: document.getElementById('composer'),
  prompt: document.getElementById('prompt'),
  send: document.getElementById('send'),
  banner: document.getElementById('banner'),
  backend: document.getElementById('backend'),
  newConversation: document.getElementById('new-conversation'),
  auditBody: document.querySelector('#audit-table tbody'),
  auditEmpty: document.getElementById('audit-empty'),
  ticketBody: document.querySelector('#ticket-table tbody'),
  ticketEmpty: document.getElementById('ticket-empty'),
};

const state = {
  conversationId: null,
  events: null,
  busy: false,
  bubbles: new Map(),
  chips: new Map(),
  approvals: new Map(),
};

async function api(path, options = {}) {
  const response = await fetch(path, {
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    ...options,
  });
  if (!response.ok) {
    const error = new Error(`${options.method || 'GET'} ${path}: HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return response.status === 204 ? null : response.json();
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function scrollDown() {
  elements.messages.scrollTop = elements.messages.scrollHeight;
}

function setBusy(busy, text) {
  state.busy = busy;
  elements.send.disabled = busy;
  elements.prompt.disabled = busy;
  document.querySelectorAll('.suggestion').forEach((button) => { button.disabled = busy; });
  elements.status.textContent = text || '';
  if (!busy) elements.prompt.focus();
}

// ---------------------------------------------------------------------------------------------- conversation items

function addMessage(kind, text) {
  const bubble = element('div', `message ${kind}`, text);
  elements.messages.appendChild(bubble);
  scrollDown();
  return bubble;
}

function assistantBubble(messageId) {
  let bubble = state.bubbles.get(messageId);
  if (!bubble) {
    bubble = addMessage('assistant streaming', '');
    bubble.dataset.messageId = messageId;
    state.bubbles.set(messageId, bubble);
  }
  return bubble;
}

function addToolChip(toolCallId, toolName, args, status) {
  const chip = element('div', 'tool-chip');
  chip.dataset.toolCallId = toolCallId;
  chip.dataset.status = status;
  chip.appendChild(element('span', 'tool-state'));
  chip.appendChild(element('span', 'tool-name', toolName));
  if (args) chip.appendChild(element('span', 'tool-args', args));
  chip.title = `${toolName}(${args || ''})`;
  elements.messages.appendChild(chip);
  state.chips.set(toolCallId, chip);
  scrollDown();
}

function finishToolChip(toolCallId, success, error) {
  const chip = state.chips.get(toolCallId);
  if (!chip) return;
  chip.dataset.status = success ? 'success' : 'failure';
  if (error) chip.title = error;
}

function addApproval(request) {
  if (state.approvals.has(request.requestId)) return;
  const card = element('div', 'approval');
  card.dataset.requestId = request.requestId;
  card.appendChild(element('h3', null, 'Approval needed'));
  card.appendChild(element('p', null, request.summary));
  const actions = element('div', 'actions');
  const approve = element('button', 'approve', 'Approve');
  const decline = element('button', 'decline', 'Decline');
  approve.type = 'button';
  decline.type = 'button';
  approve.addEventListener('click', () => decide(request.requestId, true));
  decline.addEventListener('click', () => decide(request.requestId, false));
  actions.append(approve, decline);
  card.appendChild(actions);
  elements.messages.appendChild(card);
  state.approvals.set(request.requestId, card);
  elements.status.textContent = 'Waiting for your approval…';
  scrollDown();
}

function resolveApproval(requestId, text) {
  const card = state.approvals.get(requestId);
  if (!card || card.classList.contains('resolved')) return;
  card.classList.add('resolved');
  const actions = card.querySelector('.actions');
  actions.replaceChildren(element('span', 'decision', text));
}

async function decide(requestId, approved) {
  resolveApproval(requestId, approved ? 'Approved' : 'Declined');
  elements.status.textContent = 'Working…';
  try {
    await api(`/api/conversations/${state.conversationId}/approvals/${requestId}`, {
      method: 'POST',
      body: JSON.stringify({ approved }),
    });
  } catch (error) {
    addMessage('error', `The decision could not be sent: ${error.message}`);
  }
}

// ---------------------------------------------------------------------------------------------- loading

function render(view) {
  state.conversationId = view.id;
  localStorage.setItem(STORAGE_KEY, view.id);
  state.bubbles.clear();
  state.chips.clear();
  state.approvals.clear();
  elements.messages.replaceChildren();
  if (view.entries.length === 0) {
    elements.messages.appendChild(element('div', 'notice',
      'Ask about a customer, an order or a ticket, or pick a suggestion below.'));
  } else {
    elements.messages.appendChild(element('div', 'notice',
      view.resumed ? 'Conversation resumed from the Copilot CLI\'s session store.' : 'Conversation restored.'));
  }
  for (const entry of view.entries) {
    if (entry.kind === 'tool') {
      addToolChip(entry.toolCallId, entry.toolName, entry.text, entry.status);
    } else {
      addMessage(entry.kind, entry.text);
    }
  }
  view.approvals.forEach(addApproval);
  setBusy(view.busy, view.busy ? 'Working…' : '');
}

function connect(conversationId) {
  if (state.events) state.events.close();
  const events = new EventSource(`/api/conversations/${conversationId}/events`);
  state.events = events;
  const on = (name, handler) => events.addEventListener(name, (event) => handler(JSON.parse(event.data)));
  on('ready', () => { document.body.dataset.stream = 'ready'; });
  on('delta', (data) => {
    const bubble = assistantBubble(data.messageId);
    bubble.textContent += data.text;
    scrollDown();
  });
  on('message', (data) => {
    const bubble = assistantBubble(data.messageId);
    bubble.textContent = data.text;
    bubble.classList.remove('streaming');
    scrollDown();
  });
  on('tool-start', (data) => {
    addToolChip(data.toolCallId, data.toolName, data.arguments, 'running');
    elements.status.textContent = `Running ${data.toolName}…`;
    refreshRecords();
  });
  on('tool-end', (data) => {
    finishToolChip(data.toolCallId, data.success, data.error);
    elements.status.textContent = 'Working…';
    refreshRecords();
  });
  on('approval', addApproval);
  on('approval-done', (data) => resolveApproval(data.requestId, 'Decided'));
  on('idle', () => {
    state.bubbles.forEach((bubble) => bubble.classList.remove('streaming'));
    setBusy(false);
    refreshRecords();
  });
  on('error', (data) => addMessage('error', data.message));
  events.onerror = () => {
    if (events.readyState === EventSource.CLOSED) {
      document.body.dataset.stream = 'closed';
      setTimeout(() => load().catch(showFailure), 2000);
    }
  };
}

async function startConversation() {
  const view = await api('/api/conversations', { method: 'POST' });
  render(view);
  connect(view.id);
}

async function load() {
  const saved = localStorage.getItem(STORAGE_KEY);
  let view = null;
  if (saved) {
    try {
      view = await api(`/api/conversations/${encodeURIComponent(saved)}`);
    } catch (error) {
      if (error.status !== 404) throw error;
    }
  }
  if (!view) {
    await startConversation();
    return;
  }
  render(view);
  connect(view.id);
}

async function send(text) {
  const message = text.trim();
  if (!message || state.busy) return;
  addMessage('user', message);
  elements.prompt.value = '';
  setBusy(true, 'Working…');
  try {
    await api(`/api/conversations/${state.conversationId}/messages`, {
      method: 'POST',
      body: JSON.stringify({ text: message }),
    });
  } catch (error) {
    addMessage('error', `The message could not be sent: ${error.message}`);
    setBusy(false);
  }
}

// ---------------------------------------------------------------------------------------------- side panels

function cell(text, className) {
  return element('td', className, text);
}

async function refreshRecords() {
  const [audit, tickets] = await Promise.all([api('/api/audit?limit=25'), api('/api/tickets')]);
  elements.auditBody.replaceChildren(...audit.map((entry) => {
    const row = element('tr');
    row.dataset.tool = entry.toolName;
    row.dataset.outcome = entry.outcome;
    row.title = entry.detail || '';
    row.append(
      cell(new Date(entry.occurredAt).toLocaleTimeString([], { hour12: false })),
      cell(entry.toolName, 'mono'),
      cell(entry.argumentsSummary),
      cell(entry.outcome, `outcome ${entry.outcome}`),
      cell(String(entry.durationMs), 'num'),
    );
    return row;
  }));
  elements.auditEmpty.hidden = audit.length > 0;
  elements.ticketBody.replaceChildren(...tickets.map((ticket) => {
    const row = element('tr');
    row.append(cell(String(ticket.id)), cell(ticket.customerName), cell(ticket.subject), cell(ticket.priority));
    return row;
  }));
  elements.ticketEmpty.hidden = tickets.length > 0;
}

async function showBackend() {
  const backend = await api('/api/backend');
  elements.backend.textContent = backend.label;
  elements.backend.classList.toggle('offline', backend.offlineDemo);
  elements.banner.hidden = !backend.offlineDemo;
}

function showFailure(error) {
  addMessage('error', `The assistant is not available: ${error.message}`);
}

elements.composer.addEventListener('submit', (event) => {
  event.preventDefault();
  send(elements.prompt.value);
});
document.querySelectorAll('.suggestion').forEach((button) => {
  button.addEventListener('click', () => send(button.textContent));
});
elements.newConversation.addEventListener('click', () => startConversation().catch(showFailure));

showBackend().catch(showFailure);
load().catch(showFailure);
refreshRecords().catch(() => {});
