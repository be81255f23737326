package uk.plymouth.wellbeing.signposting.assistant;

/**
 * The LangChain4j AI service: one resident's message in, the model's reply out, with the system prompt, memory and
 * tools given when it is built ({@link LanguageModelAssistant}). The message is passed as it is, never as a
 * template, so braces in it are just text.
 */
interface HubAssistantModel {

    String reply(String message);
}
