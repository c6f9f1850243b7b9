-- /search?q= of one to three words drawn from the corpus's headlines (the file WORDS names); the page cache is off, so each is searched.
local words = {}
for line in io.lines(os.getenv("WORDS")) do words[#words + 1] = line end
math.randomseed(os.time())
request = function()
  local picked = {}
  for i = 1, math.random(1, 3) do picked[i] = words[math.random(#words)] end
  return wrk.format("GET", "/search?q=" .. table.concat(picked, "+"))
end
