-- An interpreter running a loop: arithmetic, table and string work in Lua.
-- Usage: lua5.4 loop.lua [n]  (prints a checksum)
local n = tonumber(arg[1]) or 1000000
local t, acc = {}, 0
for i = 1, n do
  acc = (acc * 31 + i * i) % 1000000007
  t[i % 1024 + 1] = (t[i % 1024 + 1] or 0) + (i & 255)
end
local parts = {}
for i = 1, n // 50 do
  parts[#parts + 1] = string.format("%x", (i * 2654435761) % 4294967296)
  if #parts == 64 then acc = (acc + #table.concat(parts, ",")) % 1000000007; parts = {} end
end
local s = 0
for i = 1, 1024 do s = s + (t[i] or 0) end
print("loop.lua", n, acc, s)
