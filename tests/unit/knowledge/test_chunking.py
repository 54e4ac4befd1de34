from domain.knowledge.chunking import ChunkingPolicy, chunk_markdown


def test_chunks_keep_heading_paths_and_never_straddle_headings():
    text = "# Billing\nIntro line.\n## Invoices\nInvoices are sent monthly.\n## Refunds\nRefunds take 5 days.\n# Other\nMisc."
    chunks = chunk_markdown(text)
    assert [(c.heading_path, c.text) for c in chunks] == [
        (("Billing",), "Intro line."),
        (("Billing", "Invoices"), "Invoices are sent monthly."),
        (("Billing", "Refunds"), "Refunds take 5 days."),
        (("Other",), "Misc."),
    ]
    assert [c.ordinal for c in chunks] == [0, 1, 2, 3]


def test_long_sections_split_at_sentences_within_the_limit():
    sentence = "This sentence is about forty characters. "
    chunks = chunk_markdown("# Long\n" + sentence * 100, ChunkingPolicy(max_chars=300, min_chars=50))
    assert len(chunks) > 10
    assert all(len(c.text) <= 300 for c in chunks)
    assert all(c.heading_path == ("Long",) for c in chunks)
    assert all(c.text.endswith(".") for c in chunks)


def test_unbroken_text_is_hard_split_and_nothing_is_lost():
    word = "x" * 2500
    chunks = chunk_markdown(word, ChunkingPolicy(max_chars=1000))
    assert "".join(c.text for c in chunks) == word


def test_short_tail_joins_previous_chunk_and_blank_text_gives_none():
    text = "\n".join([f"line number {i:02d} with some words in it" for i in range(30)])
    chunks = chunk_markdown(text, ChunkingPolicy(max_chars=400, min_chars=150))
    assert all(len(c.text) >= 150 for c in chunks)
    assert chunk_markdown("  \n\n") == []


def test_embedding_text_carries_title_and_headings():
    chunk = chunk_markdown("# A\n## B\nbody")[0]
    assert chunk.embedding_text("Doc") == "Doc > A > B\nbody"
