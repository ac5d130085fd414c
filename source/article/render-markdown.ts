import type {Article, Block, Inline} from './article.js';
import {mediaLabel, metaLine} from './render-text.js';

/** Escapes the characters that would change meaning in Markdown inline text. */
const escapeMarkdown = (text: string): string => text.replaceAll(/([\\`*_[\]<>])/g, '\\$1');

function inlineMarkdown(runs: readonly Inline[]): string {
	return runs.map(run => {
		const text = escapeMarkdown(run.text);
		if (text.trim() === '') {
			return text;
		}

		switch (run.type) {
			case 'strong': {
				return `**${text}**`;
			}

			case 'emphasis': {
				return `*${text}*`;
			}

			case 'link': {
				return `[${text}](<${run.href}>)`;
			}

			default: {
				return text;
			}
		}
	}).join('');
}

function blockMarkdown(block: Block): string {
	switch (block.type) {
		case 'image': {
			return `![${escapeMarkdown(block.alt)}](<${block.src}>)`;
		}

		case 'media': {
			return `[${mediaLabel[block.kind]}](<${block.url}>)`;
		}

		case 'heading': {
			return `## ${inlineMarkdown(block.runs)}`;
		}

		case 'quote': {
			return `> ${inlineMarkdown(block.runs)}`;
		}

		case 'listItem': {
			return `- ${inlineMarkdown(block.runs)}`;
		}

		case 'caption': {
			return `*${inlineMarkdown(block.runs)}*`;
		}

		default: {
			return inlineMarkdown(block.runs);
		}
	}
}

/** The article as Markdown: a level-one headline, the meta line, then the body keeping links and emphasis. */
export function renderMarkdown(article: Article): string {
	const parts = [`# ${escapeMarkdown(article.headline)}`];
	const meta = metaLine(article);
	if (meta) {
		parts.push(escapeMarkdown(meta));
	}

	if (article.lead) {
		// The lead is bold as a whole; plain runs inside it take the bold, styled ones keep theirs.
		parts.push(inlineMarkdown(article.lead.map(run => (run.type === 'text' ? {...run, type: 'strong' as const} : run))));
	}

	parts.push(...article.blocks.map(block => blockMarkdown(block)));
	return parts.join('\n\n') + '\n';
}
