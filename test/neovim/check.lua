-- Drives the minutes language server from Neovim (0.7 or later) as a real LSP client would, and
-- writes what happened to a JSON file for test/neovim/run.mjs to judge. Run by the runner as
--
--   nvim --headless -u NONE -i NONE -n -c "luafile test/neovim/check.lua" <copy of fixture.minutes>
--
-- with MINUTES_NODE (the node binary), MINUTES_SERVER (dist/server.cjs) and MINUTES_NVIM_RESULT
-- (where to write the JSON) in the environment. The script never sleeps for a fixed time: it waits
-- with vim.wait for a condition, against a deadline. Whatever happens, it writes the result file
-- and quits; the runner decides whether the run passed.

local started = vim.loop.hrtime()
local function elapsed_ms()
  return math.floor((vim.loop.hrtime() - started) / 1e6)
end

local result = {
  nvim_version = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch,
  steps = {},
  errors = {},
}

local function step(name, ok, detail)
  table.insert(result.steps, { name = name, ok = ok, ms = elapsed_ms(), detail = detail })
end

local function finish()
  result.elapsed_ms = elapsed_ms()
  local file = assert(io.open(os.getenv('MINUTES_NVIM_RESULT'), 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end

local TIMEOUT_MS = tonumber(os.getenv('MINUTES_NVIM_TIMEOUT_MS') or '') or 20000

local function run()
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'minutes'
  local root = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':p:h')

  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'minutes',
    cmd = { os.getenv('MINUTES_NODE') or 'node', os.getenv('MINUTES_SERVER'), '--stdio' },
    root_dir = root,
    -- Answers the server's workspace/configuration request for the "minutes" section.
    settings = { minutes = { language = 'en' } },
    flags = { debounce_text_changes = 0 },
    on_exit = function(code, signal)
      exited = { code = code, signal = signal }
    end,
  })
  step('start_client', client_id ~= nil, client_id and ('client ' .. client_id) or 'vim.lsp.start_client returned nil')
  if not client_id then
    return
  end
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- 1. The server answers initialize.
  local initialized = vim.wait(TIMEOUT_MS, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return exited ~= nil or (client ~= nil and client.initialized == true)
  end, 10)
  local client = vim.lsp.get_client_by_id(client_id)
  if exited then
    step('initialize', false, 'the server exited with code ' .. tostring(exited.code))
    return
  end
  step('initialize', initialized and client ~= nil, initialized and 'initialized' or ('no answer within ' .. TIMEOUT_MS .. ' ms'))
  if not (initialized and client) then
    return
  end
  local capabilities = client.server_capabilities or {}
  result.completion_provider = capabilities.completionProvider ~= nil
  result.server_name = client.name

  -- 2. Diagnostics arrive, among them missing-assignee on the action without an assignee.
  local function code_of(d)
    if d.code ~= nil then
      return d.code
    end
    return d.user_data and d.user_data.lsp and d.user_data.lsp.code
  end
  local found = vim.wait(TIMEOUT_MS, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if code_of(d) == 'missing-assignee' then
        return true
      end
    end
    return false
  end, 10)
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, {
      code = code_of(d),
      source = d.source,
      severity = d.severity,
      lnum = d.lnum,
      col = d.col,
      end_col = d.end_col,
      message = d.message,
    })
  end
  step('diagnostics', found, found and 'missing-assignee received' or ('no missing-assignee within ' .. TIMEOUT_MS .. ' ms'))

  -- 3. Completion after "Uppdrag: " on a line typed into the buffer (sent as didChange).
  local last = vim.api.nvim_buf_line_count(bufnr)
  vim.api.nvim_buf_set_lines(bufnr, last, last, false, { 'Uppdrag: ' })
  result.completion_position = { line = last, character = 9 }
  if not result.completion_provider then
    result.completion = { supported = false }
    step('completion', false, 'the server does not advertise completionProvider (textDocument/completion is not implemented yet)')
    return
  end
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = last, character = 9 },
    context = { triggerKind = 1 },
  }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', params, TIMEOUT_MS)
  local labels = {}
  local response = responses and responses[client_id]
  if response and response.result then
    local items = response.result.items or response.result
    for _, item in ipairs(items) do
      table.insert(labels, item.label)
    end
  end
  result.completion = {
    supported = true,
    labels = labels,
    error = err or (response and response.error and response.error.message) or nil,
  }
  step('completion', #labels > 0, #labels .. ' items')
end

local ok, message = pcall(run)
if not ok then
  table.insert(result.errors, tostring(message))
end
finish()
