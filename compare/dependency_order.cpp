#include "compare/dependency_order.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <queue>
#include <unordered_map>

#include "compare/catalog_index.h"

namespace schemadelta::compare {

OrderResult dependency_order(const std::vector<model::ObjectId>& nodes, const Dependencies& dependencies) {
  return dependency_order(nodes, [&dependencies](const model::ObjectId& id, const std::function<void(const model::ObjectId&)>& depends_on) {
    auto it = dependencies.find(id);
    if (it == dependencies.end()) return;
    for (const auto& target : it->second) depends_on(target);
  });
}

OrderResult dependency_order(const std::vector<model::ObjectId>& nodes, const DependencyVisitor& dependencies) {
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  std::vector<model::ObjectId> sorted = nodes;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  // Positions by hash (an edge's lookup hashes the id once instead of comparing its strings down
  // a tree): the keys view the strings of `sorted`, which no longer changes.
  struct ViewHash {
    std::size_t operator()(const IdView& id) const { return hash_id(id); }
  };
  std::unordered_map<IdView, size_t, ViewHash> index;
  index.reserve(sorted.size());
  for (size_t i = 0; i < sorted.size(); ++i) index.emplace(IdView(sorted[i]), i);

  // Edge dependency -> dependent: the dependency must come first. Each node's edges go in once
  // each, in id order (positions in `sorted` are id order), whatever order they were named in.
  Graph graph(sorted.size());
  std::vector<size_t> firsts;
  for (size_t i = 0; i < sorted.size(); ++i) {
    firsts.clear();
    dependencies(sorted[i], [&](const model::ObjectId& target) {
      auto t = index.find(IdView(target));
      if (t != index.end() && t->second != i) firsts.push_back(t->second);
    });
    std::sort(firsts.begin(), firsts.end());
    firsts.erase(std::unique(firsts.begin(), firsts.end()), firsts.end());
    for (size_t first : firsts) boost::add_edge(first, i, graph);
  }

  // Kahn's algorithm with a min-heap on the position in ObjectId order: deterministic.
  std::vector<size_t> in_degree(sorted.size(), 0);
  for (size_t v = 0; v < sorted.size(); ++v) in_degree[v] = boost::in_degree(v, graph);
  std::priority_queue<size_t, std::vector<size_t>, std::greater<>> ready;
  for (size_t v = 0; v < sorted.size(); ++v) {
    if (in_degree[v] == 0) ready.push(v);
  }
  OrderResult result;
  std::vector<bool> placed(sorted.size(), false);
  while (!ready.empty()) {
    size_t v = ready.top();
    ready.pop();
    placed[v] = true;
    result.order.push_back(sorted[v]);
    for (auto [e, end] = boost::out_edges(v, graph); e != end; ++e) {
      size_t w = boost::target(*e, graph);
      if (--in_degree[w] == 0) ready.push(w);
    }
  }
  if (result.order.size() == sorted.size()) return result;

  // What is left sits on or behind a cycle: name the cycles (strong components of size > 1).
  std::vector<int> component(sorted.size());
  int count = boost::strong_components(graph, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, graph)));
  std::vector<std::vector<model::ObjectId>> groups(static_cast<size_t>(count));
  for (size_t v = 0; v < sorted.size(); ++v) {
    if (!placed[v]) groups[static_cast<size_t>(component[v])].push_back(sorted[v]);
  }
  for (auto& group : groups) {
    if (group.size() > 1) result.cycles.push_back(group);
  }
  // The rest in the order of its components: a cycle's members together (in id order), and what
  // depends on a cycle, or on something behind one, still after what it depends on.
  std::vector<size_t> waiting_on(static_cast<size_t>(count), 0);
  std::vector<std::vector<size_t>> members(static_cast<size_t>(count));
  for (size_t v = 0; v < sorted.size(); ++v) {
    if (placed[v]) continue;
    members[static_cast<size_t>(component[v])].push_back(v);  // in id order
    for (auto [e, end] = boost::out_edges(v, graph); e != end; ++e) {
      const size_t w = boost::target(*e, graph);
      if (!placed[w] && component[w] != component[v]) ++waiting_on[static_cast<size_t>(component[w])];
    }
  }
  // Components keyed by their first member's position: deterministic.
  std::priority_queue<std::pair<size_t, size_t>, std::vector<std::pair<size_t, size_t>>, std::greater<>> ready_components;
  for (size_t c = 0; c < members.size(); ++c) {
    if (!members[c].empty() && waiting_on[c] == 0) ready_components.emplace(members[c].front(), c);
  }
  while (!ready_components.empty()) {
    const size_t c = ready_components.top().second;
    ready_components.pop();
    for (size_t v : members[c]) {
      result.order.push_back(sorted[v]);
      for (auto [e, end] = boost::out_edges(v, graph); e != end; ++e) {
        const size_t w = boost::target(*e, graph);
        const auto other = static_cast<size_t>(component[w]);
        if (!placed[w] && other != c && --waiting_on[other] == 0) ready_components.emplace(members[other].front(), other);
      }
    }
  }
  return result;
}

}  // namespace schemadelta::compare
