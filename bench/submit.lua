-- wrk: citizens submitting 码上议 issues to one room, each from another address (the app trusts X-Forwarded-For
-- from the loopback proxy), so that the per-sender limit measures nothing but the path.
local path = os.getenv("SUBMIT_PATH")
local body = '{"title":"压测提议","text":"村口路灯坏了，请尽快维修。"}'
request = function()
  local ip = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  return wrk.format("POST", path, { ["Content-Type"] = "application/json", ["X-Forwarded-For"] = ip }, body)
end
