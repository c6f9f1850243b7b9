-- /search/suggest?q= as a reader types: a word of the corpus's headlines cut to its first three letters or more.
local words = {}
for line in io.lines(os.getenv("WORDS")) do words[#words + 1] = line end
math.randomseed(os.time())
request = function()
  local word = words[math.random(#words)]
  return wrk.format("GET", "/search/suggest?q=" .. word:sub(1, math.random(3, #word)))
end
