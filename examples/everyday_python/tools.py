import openai
from openai import OpenAI
from pydantic import BaseModel


class GetWeather(BaseModel):
    """The weather in a city."""

    city: str


client = OpenAI()
tools = [openai.pydantic_function_tool(GetWeather)]
messages = [{"role": "user", "content": "Weather in Oslo?"}]
completion = client.chat.completions.parse(
    model="gpt-4o-mini", messages=messages, tools=tools
)
message = completion.choices[0].message
messages.append(message)
for call in message.tool_calls:
    args = call.function.parsed_arguments
    weather = f"Sunny and 21°C in {args.city}"
    messages.append({"role": "tool", "tool_call_id": call.id, "content": weather})
completion = client.chat.completions.create(
    model="gpt-4o-mini", messages=messages, tools=tools
)
print(completion.choices[0].message.content)
