from openai import OpenAI

client = OpenAI()
response = client.embeddings.create(
    model="text-embedding-3-small", input="Delicious food."
)
for item in response.data:
    print(item.embedding[:5])
