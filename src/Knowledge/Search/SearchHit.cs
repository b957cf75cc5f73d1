using NetralBot.Knowledge.Catalog;

namespace NetralBot.Knowledge.Search;

/// <summary>One ranked entry for a query, with the evidence the confidence is computed from.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Score">The ranking score (BM25F normalized by the query's weight, plus the nearest-phrasing similarity).</param>
/// <param name="Coverage">Share of the query's word weight (IDF) that the entry contains, in [0, 1].</param>
/// <param name="PhrasingSimilarity">Weighted Jaccard similarity with the entry's closest phrasing, in [0, 1].</param>
public sealed record SearchHit(KnowledgeEntry Entry, double Score, double Coverage, double PhrasingSimilarity);
