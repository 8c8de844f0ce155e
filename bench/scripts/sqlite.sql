-- sqlite3 on text: a table of 150k rows built by a recursive CTE, an index on a text
-- column, GROUP BY, LIKE scans, DISTINCT and ORDER BY over strings (memcmp, strlen,
-- memcpy in the engine). Deterministic output. Usage: sqlite3 :memory: ".read sqlite.sql"
CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, grp INTEGER, payload TEXT);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 150000)
INSERT INTO t SELECT i, printf('name-%08d-%s', (i * 7919) % 1000003, substr('abcdefghijklmnopqrstuvwxyz', 1 + i % 26)),
                     i % 97, printf('%.*c%d', 20 + i % 50, 'x', i * 31 % 1009) FROM c;
CREATE INDEX t_name ON t(name);
SELECT grp, count(*), sum(length(payload)), min(name), max(name) FROM t GROUP BY grp ORDER BY grp LIMIT 5;
SELECT count(*) FROM t WHERE name LIKE '%-abc%';
SELECT count(*) FROM t WHERE payload LIKE '%xxxxx1%';
SELECT count(DISTINCT substr(name, 6, 4)) FROM t;
SELECT name, payload FROM t ORDER BY payload DESC, name LIMIT 3;
SELECT a.grp, count(*) FROM t a JOIN t b ON a.name = b.name WHERE a.grp < 3 GROUP BY a.grp;
