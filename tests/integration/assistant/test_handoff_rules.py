"""The upset-complaint handoff is an action the visitor notices: a clear, angry complaint gets a person, a
frustrated problem report that only resembles a complaint gets an answer."""

from tests.integration.assistant.conftest import chat


async def test_a_clear_angry_complaint_is_handed_off(client, kb_bot, replies):
    c = await chat(client, kb_bot)
    await c.say("This is unacceptable, my order never arrived and I am furious!", replies)
    assert (await c.last_reply())["data"].get("handoff")


async def test_a_problem_report_that_only_resembles_a_complaint_is_answered(client, kb_bot, replies):
    c = await chat(client, kb_bot)
    await c.say("My website stopped working, and I received a DNS_PROBE_FINISHED_NXDOMAIN error. I havent made any "
                "changes to the domain, and its connected to Wix. I also encountered an error with ID 7809 and the opcode "
                "QUERY.", replies)  # WixQA; complaint at 0.38, sentiment -0.74
    assert not (await c.last_reply())["data"].get("handoff")
