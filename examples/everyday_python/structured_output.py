from openai import OpenAI
from pydantic import BaseModel


class CalendarEvent(BaseModel):
    name: str
    date: str
    participants: list[str]


client = OpenAI()
prompt = "Alice and Bob are going to a science fair on Friday."
completion = client.chat.completions.parse(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": prompt}],
    response_format=CalendarEvent,
)
print(completion.choices[0].message.parsed)
