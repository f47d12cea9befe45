"""Reading tasks, assignees, deadlines and updates from Chatwork messages.

A pipeline of stages, one module each, every stage a pure function:

    markup     Chatwork markup → the sender's own words, [To:]/[rp]/quotes/tasks
    normalise  noise out (long vowels, emoji, icons, signatures, quoted requests, letters)
    morph      morphemes: SudachiPy for Japanese, a word tokeniser for English
    clauses    lines → list items → sentences → clauses
    acts       one speech act per clause, from the rule tables in rules/ (pattern.py)
    work       the work phrase of a clause, as a title
    message    a message read (cached), drafts, keywords, Chatwork tasks, deadlines
    tasks      a message's clauses and acts → its tasks, stage by stage (lists: lists;
               people: people; clause_checks: no work of its own; naming: the thing;
               scan: what the scan keeps; task_dues: each task's deadline)
    fold       a room's messages, oldest first → its tasks (updates: done, moved, cancelled)
               (promises: which promises in a reply are new work)
    replies    a reply or quote → the tasks it calls off, closes, moves or adds to
    extract    the ``chatsync extract`` JSONL contract
"""
